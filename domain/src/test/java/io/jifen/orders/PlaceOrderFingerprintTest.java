package io.jifen.orders;

import io.jifen.shared.GiftId;
import io.jifen.shared.CustomerId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.catalog.Channel;
import io.jifen.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;

class PlaceOrderFingerprintTest {
    private static DeliveryAddress address() {
        return new DeliveryAddress("Wang Fang", "+86 138 0000 0000", "88 Nanjing Road", "Shanghai", "200001");
    }

    private static PlaceOrder courier(DeliveryAddress address) {
        return new PlaceOrder("mobile-bank", "key-1", new CustomerId("C-0001"), new GiftId("G-0001"), 2,
                new Fulfilment(Channel.COURIER, null, address), "partner:mobile-bank");
    }

    private static PlaceOrder pickup(String branch) {
        return new PlaceOrder("mobile-bank", "key-1", new CustomerId("C-0001"), new GiftId("G-0001"), 2,
                new Fulfilment(Channel.BRANCH_PICKUP, branch, null), "partner:mobile-bank");
    }

    private static PlaceOrder withQuantity(int quantity) {
        return new PlaceOrder("mobile-bank", "key-1", new CustomerId("C-0001"), new GiftId("G-0001"), quantity,
                new Fulfilment(Channel.COURIER, null, address()), "partner:mobile-bank");
    }

    @Test
    void the_same_fields_give_the_same_fingerprint() {
        assertThat(courier(address()).fingerprint()).isEqualTo(courier(address()).fingerprint());
    }

    @Test
    void the_fingerprint_is_a_sha_256_in_lowercase_hex() {
        assertThat(courier(address()).fingerprint()).matches("^[0-9a-f]{64}$");
    }

    @Test
    void a_different_quantity_gives_a_different_fingerprint() {
        assertThat(withQuantity(3).fingerprint()).isNotEqualTo(withQuantity(2).fingerprint());
    }

    @Test
    void a_different_gift_gives_a_different_fingerprint() {
        var other = new PlaceOrder("mobile-bank", "key-1", new CustomerId("C-0001"), new GiftId("G-0002"), 2,
                new Fulfilment(Channel.COURIER, null, address()), "partner:mobile-bank");

        assertThat(other.fingerprint()).isNotEqualTo(courier(address()).fingerprint());
    }

    @Test
    void a_different_customer_gives_a_different_fingerprint() {
        var other = new PlaceOrder("mobile-bank", "key-1", new CustomerId("C-0002"), new GiftId("G-0001"), 2,
                new Fulfilment(Channel.COURIER, null, address()), "partner:mobile-bank");

        assertThat(other.fingerprint()).isNotEqualTo(courier(address()).fingerprint());
    }

    @Test
    void a_different_channel_gives_a_different_fingerprint() {
        var courier = new PlaceOrder("mobile-bank", "key-1", new CustomerId("C-0001"), new GiftId("G-0001"), 2,
                new Fulfilment(Channel.COURIER, "BR-SH-01", null), "partner:mobile-bank");

        assertThat(courier.fingerprint()).isNotEqualTo(pickup("BR-SH-01").fingerprint());
    }

    @Test
    void a_different_branch_gives_a_different_fingerprint() {
        assertThat(pickup("BR-SH-02").fingerprint()).isNotEqualTo(pickup("BR-SH-01").fingerprint());
    }

    @Test
    void a_branch_given_or_not_gives_a_different_fingerprint() {
        assertThat(pickup(null).fingerprint()).isNotEqualTo(pickup("BR-SH-01").fingerprint());
    }

    @Test
    void a_different_address_line_gives_a_different_fingerprint() {
        var moved = new DeliveryAddress("Wang Fang", "+86 138 0000 0000", "89 Nanjing Road", "Shanghai", "200001");

        assertThat(courier(moved).fingerprint()).isNotEqualTo(courier(address()).fingerprint());
    }

    @Test
    void a_different_recipient_gives_a_different_fingerprint() {
        var other = new DeliveryAddress("Li Lei", "+86 138 0000 0000", "88 Nanjing Road", "Shanghai", "200001");

        assertThat(courier(other).fingerprint()).isNotEqualTo(courier(address()).fingerprint());
    }

    @Test
    void a_different_phone_gives_a_different_fingerprint() {
        var other = new DeliveryAddress("Wang Fang", "+86 139 0000 0000", "88 Nanjing Road", "Shanghai", "200001");

        assertThat(courier(other).fingerprint()).isNotEqualTo(courier(address()).fingerprint());
    }

    @Test
    void a_different_city_gives_a_different_fingerprint() {
        var other = new DeliveryAddress("Wang Fang", "+86 138 0000 0000", "88 Nanjing Road", "Suzhou", "200001");

        assertThat(courier(other).fingerprint()).isNotEqualTo(courier(address()).fingerprint());
    }

    @Test
    void a_different_postal_code_gives_a_different_fingerprint() {
        var other = new DeliveryAddress("Wang Fang", "+86 138 0000 0000", "88 Nanjing Road", "Shanghai", "215000");

        assertThat(courier(other).fingerprint()).isNotEqualTo(courier(address()).fingerprint());
    }

    @Test
    void an_address_given_or_not_gives_a_different_fingerprint() {
        assertThat(courier(null).fingerprint()).isNotEqualTo(courier(address()).fingerprint());
    }

    @Test
    void text_moved_between_address_fields_gives_a_different_fingerprint() {
        var split = new DeliveryAddress("Wang Fang", "+86 138 0000 0000", "88 Nanjing Road", "Shanghai", "200001");
        var shifted = new DeliveryAddress("Wang Fang", "+86 138 0000 0000", "88 Nanjing Road Shanghai", "", "200001");

        assertThat(courier(shifted).fingerprint()).isNotEqualTo(courier(split).fingerprint());
    }

    @Test
    void a_retry_under_another_idempotency_key_has_the_same_fingerprint() {
        var retry = new PlaceOrder("mobile-bank", "key-2", new CustomerId("C-0001"), new GiftId("G-0001"), 2,
                new Fulfilment(Channel.COURIER, null, address()), "partner:mobile-bank");

        assertThat(retry.fingerprint()).isEqualTo(courier(address()).fingerprint());
    }

    @Test
    void who_placed_the_request_is_not_part_of_the_fingerprint() {
        var byStaff = new PlaceOrder("mobile-bank", "key-1", new CustomerId("C-0001"), new GiftId("G-0001"), 2,
                new Fulfilment(Channel.COURIER, null, address()), "staff:zhang");

        assertThat(byStaff.fingerprint()).isEqualTo(courier(address()).fingerprint());
    }

    @Test
    void an_order_redeems_one_to_ten_units_whoever_places_it() {
        for (int quantity : new int[] {0, PlaceOrder.MAX_QUANTITY + 1}) {
            assertThatThrownBy(() -> withQuantity(quantity)).isInstanceOfSatisfying(InvalidRequestException.class,
                    e -> assertThat(e.field()).isEqualTo("quantity"));
        }
        assertThat(withQuantity(PlaceOrder.MAX_QUANTITY).quantity()).isEqualTo(PlaceOrder.MAX_QUANTITY);
    }
}
