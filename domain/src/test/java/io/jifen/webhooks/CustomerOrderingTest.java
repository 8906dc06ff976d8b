package io.jifen.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerOrderingTest {
    private static final Instant NOW = Instant.parse("2026-03-15T02:00:00Z");

    private static WebhookDelivery delivery(long endpointId, long outboxEventId, String customerId) {
        return new WebhookDelivery(endpointId, outboxEventId, "e-" + outboxEventId, "points.changed", customerId, NOW);
    }

    @Test
    void a_delivery_waits_while_an_earlier_one_for_the_same_endpoint_and_customer_is_pending() {
        var first = delivery(1, 10, "C-1");
        var second = delivery(1, 11, "C-1");
        assertThat(CustomerOrdering.mayAttempt(second, List.of(first))).isFalse();
        assertThat(CustomerOrdering.mayAttempt(first, List.of(second))).isTrue();
    }

    @Test
    void a_retrying_earlier_delivery_still_holds_the_line() {
        var first = delivery(1, 10, "C-1");
        first.failed(NOW, 500, "HTTP 500", RetryPolicy.DEFAULT);
        var second = delivery(1, 11, "C-1");
        assertThat(CustomerOrdering.mayAttempt(second, List.of(first))).isFalse();
    }

    @Test
    void once_the_earlier_one_is_delivered_the_next_may_go() {
        var first = delivery(1, 10, "C-1");
        var second = delivery(1, 11, "C-1");
        first.delivered(NOW, 200);
        assertThat(CustomerOrdering.mayAttempt(second, List.of(first))).isTrue();
    }

    @Test
    void a_parked_earlier_delivery_no_longer_holds_the_line() {
        var first = delivery(1, 10, "C-1");
        var second = delivery(1, 11, "C-1");
        first.park(NOW, "retry window over");
        assertThat(CustomerOrdering.mayAttempt(second, List.of(first))).isTrue();
    }

    @Test
    void a_replayed_delivery_holds_up_later_ones_again() {
        var first = delivery(1, 10, "C-1");
        var third = delivery(1, 12, "C-1");
        first.park(NOW, "retry window over");
        first.replay(NOW.plusSeconds(60));
        assertThat(CustomerOrdering.mayAttempt(third, List.of(first))).isFalse();
    }

    @Test
    void other_customers_and_other_endpoints_do_not_wait_for_each_other() {
        var first = delivery(1, 10, "C-1");
        assertThat(CustomerOrdering.mayAttempt(delivery(1, 11, "C-2"), List.of(first))).isTrue();
        assertThat(CustomerOrdering.mayAttempt(delivery(2, 11, "C-1"), List.of(first))).isTrue();
    }

    @Test
    void events_without_a_customer_are_in_no_line() {
        var first = delivery(1, 10, null);
        assertThat(CustomerOrdering.mayAttempt(delivery(1, 11, null), List.of(first))).isTrue();
    }

    @Test
    void the_order_is_the_outbox_order_not_the_order_deliveries_were_created() {
        var later = delivery(1, 11, "C-1");
        var earlier = delivery(1, 10, "C-1");
        assertThat(CustomerOrdering.mayAttempt(later, List.of(later, earlier))).isFalse();
        assertThat(CustomerOrdering.mayAttempt(earlier, List.of(later, earlier))).isTrue();
    }

    @Test
    void a_delivery_that_is_not_pending_is_never_attempted() {
        var done = delivery(1, 10, "C-1");
        done.delivered(NOW, 200);
        assertThat(CustomerOrdering.mayAttempt(done, List.of())).isFalse();
    }
}
