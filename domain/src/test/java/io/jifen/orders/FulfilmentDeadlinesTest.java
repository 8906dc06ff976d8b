package io.jifen.orders;

import io.jifen.shared.OrderId;
import io.jifen.shared.GiftId;
import io.jifen.shared.CustomerId;
import io.jifen.shared.Points;
import static io.jifen.orders.OrderStatus.ALLOCATED;
import static io.jifen.orders.OrderStatus.PLACED;
import static io.jifen.orders.OrderStatus.READY_FOR_PICKUP;
import static io.jifen.orders.OrderStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.catalog.Channel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class FulfilmentDeadlinesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T02:00:00Z"), ZoneOffset.UTC);
    private static final Instant CHANGED_AT = CLOCK.instant();
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);
    private final FulfilmentDeadlines deadlines = new FulfilmentDeadlines();

    private static RedemptionOrder orderPlacedAt(Instant placedAt, Channel channel) {
        return new RedemptionOrder(new OrderId("O-0001"), "mobile-bank", new CustomerId("C-0001"), new GiftId("G-0001"), 1, Points.of(120),
                new Fulfilment(channel, channel == Channel.BRANCH_PICKUP ? "BR-SH-01" : null, null), "CENTRAL",
                4711L, placedAt, "partner:mobile-bank");
    }

    static Stream<Arguments> defaultLimits() {
        return Stream.of(
                Arguments.of(PLACED, Duration.ofDays(1)),
                Arguments.of(ALLOCATED, Duration.ofDays(3)),
                Arguments.of(READY_FOR_PICKUP, Duration.ofDays(30)),
                Arguments.of(SHIPPED, Duration.ofDays(7)));
    }

    @ParameterizedTest
    @MethodSource("defaultLimits")
    void each_open_state_has_its_default_time_limit(OrderStatus status, Duration limit) {
        assertThat(deadlines.limitFor(status)).contains(limit);
    }

    @ParameterizedTest
    @MethodSource("defaultLimits")
    void an_order_exactly_at_its_limit_is_not_overdue(OrderStatus status, Duration limit) {
        assertThat(deadlines.isOverdue(status, CHANGED_AT, CHANGED_AT.plus(limit))).isFalse();
    }

    @ParameterizedTest
    @MethodSource("defaultLimits")
    void an_order_one_second_past_its_limit_is_overdue(OrderStatus status, Duration limit) {
        assertThat(deadlines.isOverdue(status, CHANGED_AT, CHANGED_AT.plus(limit).plus(ONE_SECOND))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"ISSUED", "DELIVERED", "COLLECTED", "CANCELLED", "REFUNDED", "FAILED"})
    void an_order_in_a_state_without_a_limit_is_never_overdue(OrderStatus status) {
        assertThat(deadlines.isOverdue(status, CHANGED_AT, CHANGED_AT.plus(Duration.ofDays(3650)))).isFalse();
        assertThat(deadlines.limitFor(status)).isEmpty();
    }

    @Test
    void the_open_states_are_those_with_a_time_limit() {
        assertThat(deadlines.openStatuses()).containsExactlyInAnyOrder(PLACED, ALLOCATED, READY_FOR_PICKUP, SHIPPED);
    }

    @Test
    void a_placed_order_not_allocated_within_a_day_is_overdue() {
        var order = orderPlacedAt(CHANGED_AT, Channel.COURIER);

        assertThat(deadlines.isOverdue(order, CHANGED_AT.plus(Duration.ofDays(1)))).isFalse();
        assertThat(deadlines.isOverdue(order, CHANGED_AT.plus(Duration.ofDays(1)).plus(ONE_SECOND))).isTrue();
    }

    @Test
    void a_placed_order_is_due_a_day_after_it_was_placed() {
        var order = orderPlacedAt(CHANGED_AT, Channel.BRANCH_PICKUP);

        assertThat(deadlines.dueBy(order)).contains(CHANGED_AT.plus(Duration.ofDays(1)));
    }

    @Test
    void an_issued_e_voucher_is_never_overdue_and_has_no_due_time() {
        var order = orderPlacedAt(CHANGED_AT, Channel.E_VOUCHER);
        order.issueVoucher("7K2M-Q9XD-4HTR-B8WN-1CZE", CHANGED_AT, "system");

        assertThat(deadlines.isOverdue(order, CHANGED_AT.plus(Duration.ofDays(365)))).isFalse();
        assertThat(deadlines.dueBy(order)).isEmpty();
    }

    @Test
    void a_cancelled_order_is_never_overdue_however_long_it_waited_before() {
        var order = orderPlacedAt(CHANGED_AT, Channel.COURIER);
        order.cancel(CHANGED_AT.plus(Duration.ofDays(5)), "service:li", "customer changed mind");

        assertThat(deadlines.isOverdue(order, CHANGED_AT.plus(Duration.ofDays(400)))).isFalse();
    }

    @Test
    void the_clock_runs_from_the_last_status_change_not_from_placement() {
        Instant placed = CHANGED_AT.minus(Duration.ofDays(10));

        assertThat(deadlines.isOverdue(ALLOCATED, CHANGED_AT, CHANGED_AT.plus(Duration.ofDays(3)))).isFalse();
        assertThat(deadlines.isOverdue(ALLOCATED, placed, CHANGED_AT.plus(Duration.ofDays(3)))).isTrue();
    }

    @Test
    void limits_are_configurable_through_the_constructor() {
        var tight = new FulfilmentDeadlines(Map.of(PLACED, Duration.ofHours(4), ALLOCATED, Duration.ofDays(1),
                READY_FOR_PICKUP, Duration.ofDays(14), SHIPPED, Duration.ofDays(5)));

        assertThat(tight.isOverdue(PLACED, CHANGED_AT, CHANGED_AT.plus(Duration.ofHours(4)))).isFalse();
        assertThat(tight.isOverdue(PLACED, CHANGED_AT, CHANGED_AT.plus(Duration.ofHours(4)).plus(ONE_SECOND))).isTrue();
        assertThat(tight.limitFor(READY_FOR_PICKUP)).contains(Duration.ofDays(14));
    }

    @Test
    void a_configuration_missing_an_open_state_is_refused() {
        assertThatThrownBy(() -> new FulfilmentDeadlines(Map.of(PLACED, Duration.ofDays(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_limit_for_an_end_state_is_refused() {
        assertThatThrownBy(() -> new FulfilmentDeadlines(Map.of(PLACED, Duration.ofDays(1), ALLOCATED,
                Duration.ofDays(3), READY_FOR_PICKUP, Duration.ofDays(30), SHIPPED, Duration.ofDays(7),
                OrderStatus.DELIVERED, Duration.ofDays(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_limit_that_is_not_positive_is_refused() {
        assertThatThrownBy(() -> new FulfilmentDeadlines(Map.of(PLACED, Duration.ZERO, ALLOCATED,
                Duration.ofDays(3), READY_FOR_PICKUP, Duration.ofDays(30), SHIPPED, Duration.ofDays(7))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("defaultLimits")
    void the_query_cutoff_agrees_with_the_rule_at_the_boundary(OrderStatus status, Duration limit) {
        Instant now = CLOCK.instant();
        Instant cutoff = deadlines.overdueIfChangedBefore(now).get(status);

        assertThat(deadlines.isOverdue(status, cutoff, now)).isFalse();
        assertThat(deadlines.isOverdue(status, cutoff.minus(ONE_SECOND), now)).isTrue();
        assertThat(cutoff).isEqualTo(now.minus(limit));
    }
}
