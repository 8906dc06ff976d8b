package io.jifen.orders;

import io.jifen.shared.OrderId;
import io.jifen.shared.GiftId;
import io.jifen.shared.CustomerId;
import io.jifen.shared.Points;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.catalog.Channel;
import io.jifen.shared.ErrorCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RedemptionOrderTest {
    private static final Instant PLACED_AT = Instant.parse("2026-03-15T02:00:00Z");
    private static final Instant ISSUED_AT = Instant.parse("2026-03-15T02:00:01Z");
    private static final Instant CANCELLED_AT = Instant.parse("2026-03-16T08:30:00Z");
    private static final String VOUCHER = "7K2M-Q9XD-4HTR-B8WN-1CZE";
    private static final DeliveryAddress ADDRESS =
            new DeliveryAddress("Wang Fang", "+86 138 0000 0000", "88 Nanjing Road", "Shanghai", "200001");

    private static RedemptionOrder order(Fulfilment fulfilment) {
        return new RedemptionOrder(new OrderId("O-0001"), "mobile-bank", new CustomerId("C-0001"), new GiftId("G-0001"), 2, Points.of(240), fulfilment, "CENTRAL",
                4711L, PLACED_AT, "partner:mobile-bank");
    }

    private static RedemptionOrder courierOrder() {
        return order(new Fulfilment(Channel.COURIER, null, ADDRESS));
    }

    private static RedemptionOrder voucherOrder() {
        return order(new Fulfilment(Channel.E_VOUCHER, null, null));
    }

    private static RedemptionOrder pickupOrder() {
        return order(new Fulfilment(Channel.BRANCH_PICKUP, "BR-SH-01", null));
    }

    @Test
    void a_new_order_is_placed() {
        assertThat(courierOrder().status()).isEqualTo(OrderStatus.PLACED);
    }

    @Test
    void a_new_order_has_one_history_entry_saying_who_placed_it_and_when() {
        var order = courierOrder();

        assertThat(order.history()).singleElement().satisfies(change -> {
            assertThat(change.status()).isEqualTo(OrderStatus.PLACED);
            assertThat(change.at()).isEqualTo(PLACED_AT);
            assertThat(change.by()).isEqualTo("partner:mobile-bank");
            assertThat(change.reason()).isNull();
        });
        assertThat(order.lastChange()).isSameAs(order.history().getFirst());
    }

    @Test
    void a_new_order_keeps_what_was_redeemed_and_what_it_cost() {
        var order = courierOrder();

        assertThat(order.id()).isEqualTo(new OrderId("O-0001"));
        assertThat(order.partnerId()).isEqualTo("mobile-bank");
        assertThat(order.customerId()).isEqualTo(new CustomerId("C-0001"));
        assertThat(order.giftId()).isEqualTo(new GiftId("G-0001"));
        assertThat(order.quantity()).isEqualTo(2);
        assertThat(order.pointsCharged().value()).isEqualTo(240);
        assertThat(order.stockLocation()).isEqualTo("CENTRAL");
        assertThat(order.redemptionEntryId()).isEqualTo(4711L);
        assertThat(order.createdAt()).isEqualTo(PLACED_AT);
        assertThat(order.updatedAt()).isEqualTo(PLACED_AT);
    }

    @Test
    void a_new_order_keeps_how_it_is_delivered() {
        var order = courierOrder();

        assertThat(order.channel()).isEqualTo(Channel.COURIER);
        assertThat(order.address()).isSameAs(ADDRESS);
        assertThat(order.branchCode()).isNull();
        assertThat(order.voucherCode()).isNull();
        assertThat(order.hasPickupCode()).isFalse();
        assertThat(order.carrier()).isNull();
        assertThat(order.trackingNumber()).isNull();
    }

    @Test
    void a_new_pickup_order_keeps_its_branch() {
        var order = pickupOrder();

        assertThat(order.channel()).isEqualTo(Channel.BRANCH_PICKUP);
        assertThat(order.branchCode()).isEqualTo("BR-SH-01");
        assertThat(order.address()).isNull();
    }

    @Test
    void issuing_a_voucher_moves_the_order_to_issued() {
        var order = voucherOrder();

        order.issueVoucher(VOUCHER, ISSUED_AT, "system");

        assertThat(order.status()).isEqualTo(OrderStatus.ISSUED);
    }

    @Test
    void issuing_a_voucher_keeps_the_code() {
        var order = voucherOrder();

        order.issueVoucher(VOUCHER, ISSUED_AT, "system");

        assertThat(order.voucherCode()).isEqualTo(VOUCHER);
    }

    @Test
    void issuing_a_voucher_is_recorded_in_the_history() {
        var order = voucherOrder();

        order.issueVoucher(VOUCHER, ISSUED_AT, "system");

        assertThat(order.history()).extracting(OrderStatusChange::status)
                .containsExactly(OrderStatus.PLACED, OrderStatus.ISSUED);
        assertThat(order.lastChange().at()).isEqualTo(ISSUED_AT);
        assertThat(order.lastChange().by()).isEqualTo("system");
        assertThat(order.updatedAt()).isEqualTo(ISSUED_AT);
        assertThat(order.createdAt()).isEqualTo(PLACED_AT);
    }

    @Test
    void a_voucher_is_issued_only_once_and_keeps_its_first_code() {
        var order = voucherOrder();
        order.issueVoucher(VOUCHER, ISSUED_AT, "system");

        assertThatThrownBy(() -> order.issueVoucher("0000-0000-0000-0000-0000", CANCELLED_AT, "system"))
                .isInstanceOf(InvalidOrderStateException.class);

        assertThat(order.voucherCode()).isEqualTo(VOUCHER);
        assertThat(order.history()).hasSize(2);
    }

    @Test
    void cancelling_a_placed_order_moves_it_to_cancelled() {
        var order = courierOrder();

        order.cancel(CANCELLED_AT, "customer:C-0001", "changed my mind");

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void cancelling_records_who_when_and_why() {
        var order = courierOrder();

        order.cancel(CANCELLED_AT, "customer:C-0001", "changed my mind");

        assertThat(order.history()).hasSize(2);
        assertThat(order.lastChange()).satisfies(change -> {
            assertThat(change.status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(change.at()).isEqualTo(CANCELLED_AT);
            assertThat(change.by()).isEqualTo("customer:C-0001");
            assertThat(change.reason()).isEqualTo("changed my mind");
        });
        assertThat(order.updatedAt()).isEqualTo(CANCELLED_AT);
    }

    @Test
    void cancelling_an_issued_order_is_refused_as_an_invalid_state() {
        var order = voucherOrder();
        order.issueVoucher(VOUCHER, ISSUED_AT, "system");

        assertThatThrownBy(() -> order.cancel(CANCELLED_AT, "customer:C-0001", "too late"))
                .isInstanceOfSatisfying(InvalidOrderStateException.class,
                        refused -> assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_STATE))
                .hasMessageContaining("O-0001")
                .hasMessageContaining("ISSUED")
                .hasMessageContaining("CANCELLED");
    }

    @Test
    void a_refused_cancellation_changes_nothing() {
        var order = voucherOrder();
        order.issueVoucher(VOUCHER, ISSUED_AT, "system");

        assertThatThrownBy(() -> order.cancel(CANCELLED_AT, "customer:C-0001", "too late"))
                .isInstanceOf(InvalidOrderStateException.class);

        assertThat(order.status()).isEqualTo(OrderStatus.ISSUED);
        assertThat(order.voucherCode()).isEqualTo(VOUCHER);
        assertThat(order.updatedAt()).isEqualTo(ISSUED_AT);
        assertThat(order.history()).extracting(OrderStatusChange::status)
                .containsExactly(OrderStatus.PLACED, OrderStatus.ISSUED);
    }

    @Test
    void a_cancelled_order_cannot_be_cancelled_again() {
        var order = courierOrder();
        order.cancel(CANCELLED_AT, "customer:C-0001", "changed my mind");

        assertThatThrownBy(() -> order.cancel(CANCELLED_AT.plusSeconds(60), "customer:C-0001", "again"))
                .isInstanceOf(InvalidOrderStateException.class);

        assertThat(order.history()).hasSize(2);
        assertThat(order.lastChange().reason()).isEqualTo("changed my mind");
    }

    @Test
    void a_pickup_order_takes_a_pickup_code() {
        var order = pickupOrder();

        order.issuePickupCode("00420042");

        assertThat(order.hasPickupCode()).isTrue();
    }

    @Test
    void issuing_a_pickup_code_does_not_change_the_state() {
        var order = pickupOrder();

        order.issuePickupCode("00420042");

        assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(order.history()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, mode = EnumSource.Mode.EXCLUDE, names = "BRANCH_PICKUP")
    void a_pickup_code_is_refused_for_an_order_not_picked_up_at_a_branch(Channel channel) {
        var order = order(new Fulfilment(channel, null, channel == Channel.COURIER ? ADDRESS : null));

        assertThatThrownBy(() -> order.issuePickupCode("12345678")).isInstanceOf(InvalidOrderStateException.class);

        assertThat(order.hasPickupCode()).isFalse();
    }

    @Test
    void the_history_cannot_be_changed_from_outside() {
        var order = courierOrder();

        assertThatThrownBy(() -> order.history().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
