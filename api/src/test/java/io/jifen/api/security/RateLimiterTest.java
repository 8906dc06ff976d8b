package io.jifen.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.partners.RateLimits;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final RateLimiter limiter = new RateLimiter();

    private long allowed(String key, RateLimits limits, int servers, int calls) {
        return IntStream.range(0, calls).filter(i -> limiter.take(key, limits, servers).allowed()).count();
    }

    @Test
    void a_partner_may_spend_its_burst_at_once_and_no_more() {
        assertThat(allowed("partner:a", new RateLimits(5, 10), 1, 30)).isEqualTo(10);
    }

    @Test
    void a_refused_call_says_when_to_retry_and_what_is_left() {
        RateLimits limits = new RateLimits(1, 2);
        limiter.take("partner:b", limits, 1);
        var second = limiter.take("partner:b", limits, 1);
        assertThat(second.allowed()).isTrue();
        assertThat(second.remaining()).isZero();
        var third = limiter.take("partner:b", limits, 1);
        assertThat(third.allowed()).isFalse();
        assertThat(third.retryAfterSeconds()).isEqualTo(1);
        assertThat(third.limit()).isEqualTo(2);
    }

    @Test
    void with_two_servers_each_holds_half_of_the_burst() {
        assertThat(allowed("partner:c", new RateLimits(5, 10), 2, 30)).isEqualTo(5);
    }

    @Test
    void one_partner_s_burst_leaves_another_s_bucket_full() {
        allowed("partner:d", new RateLimits(5, 10), 1, 100);
        assertThat(allowed("partner:e", new RateLimits(5, 10), 1, 10)).isEqualTo(10);
    }

    @Test
    void a_second_server_starting_shrinks_this_server_s_share() {
        RateLimits limits = new RateLimits(5, 10);
        assertThat(allowed("partner:f", limits, 1, 4)).isEqualTo(4);
        // 6 of 10 left; the share halves to 5, proportionally 3 left
        assertThat(allowed("partner:f", limits, 2, 10)).isEqualTo(3);
    }
}
