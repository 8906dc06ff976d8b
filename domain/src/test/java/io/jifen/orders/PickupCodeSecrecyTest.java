package io.jifen.orders;

import io.jifen.shared.OrderId;
import io.jifen.shared.GiftId;
import io.jifen.shared.CustomerId;
import io.jifen.shared.Points;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.catalog.Channel;
import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A pickup code is kept only as a salted hash, and only while the pickup waits (issue 12, finding 4). */
class PickupCodeSecrecyTest {
    private static final Instant PLACED_AT = Instant.parse("2026-03-15T02:00:00Z");
    private static final Instant T1 = PLACED_AT.plusSeconds(3_600);
    private static final Instant T2 = T1.plusSeconds(3_600);
    private static final String BRANCH = "BJ-CHAOYANG";
    private static final String CODE = "00420042";
    private static final String STAFF = "fulfilment-li";

    private static RedemptionOrder pickupWithoutCode() {
        return new RedemptionOrder(new OrderId("O-0001"), "mobile-bank", new CustomerId("C-0001"), new GiftId("G-0001"), 1, Points.of(120),
                new Fulfilment(Channel.BRANCH_PICKUP, BRANCH, null), BRANCH, 4711L, PLACED_AT, "partner:mobile-bank");
    }

    private static RedemptionOrder readyPickup(String code) {
        var order = pickupWithoutCode();
        if (code != null) {
            order.issuePickupCode(code);
        }
        order.allocateTo(BRANCH, T1, STAFF);
        order.readyForPickup(T1, STAFF);
        return order;
    }

    private static String storedHash(RedemptionOrder order) throws ReflectiveOperationException {
        Field field = RedemptionOrder.class.getDeclaredField("pickupCodeHash");
        field.setAccessible(true);
        return (String) field.get(order);
    }

    @Test
    void the_order_keeps_a_salted_hash_of_its_pickup_code_and_never_the_code() throws Exception {
        var order = readyPickup(CODE);

        assertThat(storedHash(order)).startsWith("pbkdf2-sha256$210000$").doesNotContain(CODE);
        assertThat(order.hasPickupCode()).isTrue();
    }

    @Test
    void two_orders_with_the_same_code_store_different_hashes() throws Exception {
        assertThat(storedHash(readyPickup(CODE))).isNotEqualTo(storedHash(readyPickup(CODE)));
    }

    @Test
    void the_right_code_still_hands_the_gift_over_against_the_hash() {
        var order = readyPickup(CODE);

        order.handOver(" " + CODE + " ", T2, STAFF);

        assertThat(order.status()).isEqualTo(OrderStatus.COLLECTED);
    }

    @Test
    void a_collected_pickup_keeps_no_code() throws Exception {
        var order = readyPickup(CODE);

        order.handOver(CODE, T2, STAFF);

        assertThat(storedHash(order)).isNull();
        assertThat(order.hasPickupCode()).isFalse();
    }

    @Test
    void a_cancelled_pickup_keeps_no_code_and_issues_none() throws Exception {
        var order = readyPickup(CODE);

        order.cancel(T2, "customer", "changed my mind");

        assertThat(storedHash(order)).isNull();
        assertThatThrownBy(() -> order.reissuePickupCode("12345678", T2, "partner:mobile-bank"))
                .isInstanceOf(InvalidOrderStateException.class);
    }

    @Test
    void a_reissued_code_replaces_the_old_one_which_no_longer_opens_the_pickup() {
        var order = readyPickup(CODE);

        order.reissuePickupCode("87654321", T2, "partner:mobile-bank");

        assertThatThrownBy(() -> order.handOver(CODE, T2, STAFF)).isInstanceOf(WrongPickupCodeException.class);
        order.handOver("87654321", T2, STAFF);
        assertThat(order.status()).isEqualTo(OrderStatus.COLLECTED);
    }

    @Test
    void a_pickup_code_is_reissued_at_most_five_times() {
        var order = readyPickup(CODE);
        for (int i = 0; i < RedemptionOrder.MAX_PICKUP_REISSUES; i++) {
            order.reissuePickupCode("8765432" + i, T2, "partner:mobile-bank");
        }
        assertThatThrownBy(() -> order.reissuePickupCode("11112222", T2, "partner:mobile-bank"))
                .isInstanceOf(InvalidOrderStateException.class);
        order.handOver("87654324", T2, STAFF);
        assertThat(order.status()).isEqualTo(OrderStatus.COLLECTED);
    }

    @Test
    void a_reissued_code_starts_the_count_of_wrong_tries_afresh_and_is_noted_in_the_history() {
        var order = readyPickup(CODE);
        for (int i = 0; i < RedemptionOrder.PICKUP_CODE_TRIES; i++) {
            assertThatThrownBy(() -> order.handOver("99999999", T2, STAFF)).isInstanceOf(WrongPickupCodeException.class);
        }

        order.reissuePickupCode("87654321", T2, "partner:mobile-bank");

        assertThat(order.isPickupCodeLocked()).isFalse();
        assertThat(order.lastChange().reason()).contains("reissued").doesNotContain("87654321");
        assertThat(order.lastChange().status()).isEqualTo(OrderStatus.READY_FOR_PICKUP);
    }

    @Test
    void only_a_branch_pickup_has_a_code() {
        var courier = new RedemptionOrder(new OrderId("O-0002"), "mobile-bank", new CustomerId("C-0001"), new GiftId("G-0001"), 1, Points.of(120),
                new Fulfilment(Channel.COURIER, null, null), "CENTRAL", 4711L, PLACED_AT, "partner:mobile-bank");

        assertThatThrownBy(() -> courier.issuePickupCode(CODE)).isInstanceOf(InvalidOrderStateException.class);
    }

    @Test
    void a_pickup_whose_code_was_invalidated_refuses_hand_over_without_counting_a_try() {
        var order = readyPickup(null);

        assertThatThrownBy(() -> order.handOver(CODE, T2, STAFF)).isInstanceOf(InvalidOrderStateException.class);

        assertThat(order.pickupCodeFailures()).isZero();
        assertThat(order.status()).isEqualTo(OrderStatus.READY_FOR_PICKUP);
    }
}
