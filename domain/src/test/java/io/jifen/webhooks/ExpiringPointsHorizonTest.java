package io.jifen.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExpiringPointsHorizonTest {
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private final ExpiringPointsHorizon horizon = ExpiringPointsHorizon.DEFAULT;

    @Test
    void lots_expiring_within_thirty_days_are_announced() {
        assertThat(horizon.announces(200, NOW.plus(Duration.ofDays(30)), NOW)).isTrue();
        assertThat(horizon.announces(200, NOW.plusSeconds(1), NOW)).isTrue();
    }

    @Test
    void lots_expiring_later_are_not_announced_yet() {
        assertThat(horizon.announces(200, NOW.plus(Duration.ofDays(30)).plusSeconds(1), NOW)).isFalse();
    }

    @Test
    void spent_or_already_expired_lots_are_not_announced() {
        assertThat(horizon.announces(0, NOW.plus(Duration.ofDays(3)), NOW)).isFalse();
        assertThat(horizon.announces(200, NOW, NOW)).isFalse();
    }
}
