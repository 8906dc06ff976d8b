package io.jifen.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {
    private static final Instant NOW = Instant.parse("2026-03-15T02:00:00Z");
    private static final RetryPolicy POLICY = RetryPolicy.DEFAULT;

    private static WebhookDelivery delivery() {
        return new WebhookDelivery(1, 100, "e-100", "points.changed", "C-1", NOW);
    }

    @Test
    void a_new_delivery_is_pending_and_due_at_once() {
        var delivery = delivery();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.isDueAt(NOW)).isTrue();
        assertThat(delivery.attempts()).isZero();
    }

    @Test
    void a_2xx_answer_delivers_it() {
        var delivery = delivery();
        delivery.delivered(NOW.plusSeconds(1), 204);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.deliveredAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.isDueAt(NOW.plusSeconds(60))).isFalse();
    }

    @Test
    void a_failure_schedules_the_next_attempt_after_the_backoff() {
        var delivery = delivery();
        delivery.failed(NOW, 500, "HTTP 500", POLICY);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(delivery.isDueAt(NOW.plusSeconds(29))).isFalse();
        delivery.failed(NOW.plusSeconds(30), null, "connection refused", POLICY);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(90));
        assertThat(delivery.lastResponseStatus()).isNull();
        assertThat(delivery.lastError()).isEqualTo("connection refused");
    }

    @Test
    void a_failure_after_twenty_four_hours_of_retries_parks_it() {
        var delivery = delivery();
        delivery.failed(NOW.plus(Duration.ofHours(23)), 503, "HTTP 503", POLICY);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofHours(23)).plusSeconds(30));
        delivery.failed(NOW.plus(Duration.ofHours(24)), 503, "HTTP 503", POLICY);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PARKED);
        assertThat(delivery.parkedAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(delivery.attempts()).isEqualTo(2);
    }

    @Test
    void a_replay_sends_a_parked_delivery_again_at_once_with_a_fresh_window() {
        var delivery = delivery();
        delivery.failed(NOW.plus(Duration.ofHours(24)), 500, "HTTP 500", POLICY);
        Instant replayedAt = NOW.plus(Duration.ofHours(30));
        delivery.replay(replayedAt);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.isDueAt(replayedAt)).isTrue();
        assertThat(delivery.windowStartedAt()).isEqualTo(replayedAt);
        assertThat(delivery.replays()).isEqualTo(1);
        delivery.failed(replayedAt.plusSeconds(1), 500, "HTTP 500", POLICY);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void only_a_parked_delivery_can_be_replayed() {
        var pending = delivery();
        assertThatThrownBy(() -> pending.replay(NOW)).isInstanceOf(DeliveryNotParkedException.class);
        var delivered = delivery();
        delivered.delivered(NOW, 200);
        assertThatThrownBy(() -> delivered.replay(NOW)).isInstanceOf(DeliveryNotParkedException.class)
                .hasMessageContaining("DELIVERED");
    }

    @Test
    void long_errors_are_cut_to_fit() {
        var delivery = delivery();
        delivery.failed(NOW, null, "x".repeat(2000), POLICY);
        assertThat(delivery.lastError()).hasSize(WebhookDelivery.ERROR_MAX);
    }

    @Test
    void parking_a_delivered_one_changes_nothing() {
        var delivery = delivery();
        delivery.delivered(NOW, 200);
        delivery.park(NOW, "endpoint deactivated");
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
    }
}
