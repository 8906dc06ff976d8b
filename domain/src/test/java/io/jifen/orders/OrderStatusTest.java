package io.jifen.orders;

import static io.jifen.orders.OrderStatus.ALLOCATED;
import static io.jifen.orders.OrderStatus.CANCELLED;
import static io.jifen.orders.OrderStatus.COLLECTED;
import static io.jifen.orders.OrderStatus.DELIVERED;
import static io.jifen.orders.OrderStatus.FAILED;
import static io.jifen.orders.OrderStatus.ISSUED;
import static io.jifen.orders.OrderStatus.PLACED;
import static io.jifen.orders.OrderStatus.READY_FOR_PICKUP;
import static io.jifen.orders.OrderStatus.REFUNDED;
import static io.jifen.orders.OrderStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class OrderStatusTest {
    /** The moves domain.md allows, written out independently of the enum. */
    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = new EnumMap<>(Map.of(
            PLACED, EnumSet.of(ALLOCATED, ISSUED, CANCELLED, FAILED),
            ALLOCATED, EnumSet.of(SHIPPED, READY_FOR_PICKUP, CANCELLED, FAILED),
            SHIPPED, EnumSet.of(DELIVERED, FAILED),
            READY_FOR_PICKUP, EnumSet.of(COLLECTED, CANCELLED, FAILED),
            FAILED, EnumSet.of(REFUNDED)));

    private static boolean allowed(OrderStatus from, OrderStatus to) {
        return ALLOWED.getOrDefault(from, Set.of()).contains(to);
    }

    static Stream<Arguments> allowedMoves() {
        return allPairs().filter(pair -> allowed((OrderStatus) pair.get()[0], (OrderStatus) pair.get()[1]));
    }

    static Stream<Arguments> refusedMoves() {
        return allPairs().filter(pair -> !allowed((OrderStatus) pair.get()[0], (OrderStatus) pair.get()[1]));
    }

    private static Stream<Arguments> allPairs() {
        return Arrays.stream(OrderStatus.values())
                .flatMap(from -> Arrays.stream(OrderStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} may move to {1}")
    @MethodSource("allowedMoves")
    void every_move_domain_md_allows_is_allowed(OrderStatus from, OrderStatus to) {
        assertThat(from.canMoveTo(to)).isTrue();
    }

    @ParameterizedTest(name = "{0} may not move to {1}")
    @MethodSource("refusedMoves")
    void every_other_move_is_refused(OrderStatus from, OrderStatus to) {
        assertThat(from.canMoveTo(to)).isFalse();
    }

    @Test
    void the_allowed_and_refused_moves_cover_all_one_hundred_pairs() {
        assertThat(allowedMoves().count()).isEqualTo(14);
        assertThat(allowedMoves().count() + refusedMoves().count()).isEqualTo(100);
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void next_answers_exactly_the_allowed_moves(OrderStatus status) {
        assertThat(status.next()).containsExactlyInAnyOrderElementsOf(ALLOWED.getOrDefault(status, Set.of()));
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"ISSUED", "DELIVERED", "COLLECTED", "CANCELLED", "REFUNDED"})
    void an_end_state_has_no_next_state(OrderStatus end) {
        assertThat(end.next()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void no_state_moves_to_itself(OrderStatus status) {
        assertThat(status.canMoveTo(status)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void no_state_moves_back_to_placed(OrderStatus status) {
        assertThat(status.canMoveTo(PLACED)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"PLACED", "ALLOCATED", "READY_FOR_PICKUP"})
    void an_order_not_yet_gone_is_cancellable(OrderStatus status) {
        assertThat(status.isCancellable()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"PLACED", "ALLOCATED", "READY_FOR_PICKUP"})
    void an_order_shipped_issued_collected_or_ended_is_not_cancellable(OrderStatus status) {
        assertThat(status.isCancellable()).isFalse();
    }

    @Test
    void changing_the_set_next_answered_does_not_change_the_rules() {
        PLACED.next().clear();

        assertThat(PLACED.next()).containsExactlyInAnyOrder(ALLOCATED, ISSUED, CANCELLED, FAILED);
    }
}
