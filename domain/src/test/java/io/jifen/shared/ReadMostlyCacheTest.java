package io.jifen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReadMostlyCacheTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-15T02:00:00Z"));
    private final ReadMostlyCache<String> cache = new ReadMostlyCache<>(Duration.ofSeconds(5), clock);
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicReference<Optional<String>> stored = new AtomicReference<>(Optional.of("ACTIVE"));

    private Optional<String> read() {
        return cache.get("acme", id -> {
            loads.incrementAndGet();
            return stored.get();
        });
    }

    @Test
    void within_its_time_to_live_an_answer_is_served_without_asking_the_database_again() {
        read();
        clock.advance(Duration.ofSeconds(4));
        assertThat(read()).contains("ACTIVE");
        assertThat(loads).hasValue(1);
    }

    @Test
    void a_suspension_made_elsewhere_is_seen_once_the_time_to_live_has_passed() {
        read();
        stored.set(Optional.of("SUSPENDED"));
        clock.advance(Duration.ofSeconds(5));
        assertThat(read()).contains("SUSPENDED");
        assertThat(loads).hasValue(2);
    }

    @Test
    void an_unknown_id_is_cached_too_so_a_flood_of_bad_tokens_does_not_reach_the_database() {
        stored.set(Optional.empty());
        read();
        read();
        assertThat(read()).isEmpty();
        assertThat(loads).hasValue(1);
    }

    @Test
    void a_change_made_on_this_server_is_seen_at_once() {
        read();
        stored.set(Optional.of("SUSPENDED"));
        cache.forget("acme");
        assertThat(read()).contains("SUSPENDED");
    }

    @Test
    void the_cache_starts_over_rather_than_grow_without_bound() {
        for (int i = 0; i < ReadMostlyCache.MAX_ENTRIES + 10; i++) {
            cache.get("unknown-" + i, id -> Optional.empty());
        }
        read();
        read();
        assertThat(loads).hasValue(1);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
