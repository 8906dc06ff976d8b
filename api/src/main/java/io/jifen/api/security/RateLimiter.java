package io.jifen.api.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.jifen.api.shared.Caller;
import io.jifen.partners.RateLimits;
import io.jifen.partners.application.PartnerRegistry;
import io.jifen.shared.cluster.ServerNodes;
import io.jifen.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Rate limits: per registered partner (its registered rate and burst) and per client address for
 * calls without a valid token. Token buckets (Bucket4j) live in this server's memory, so a
 * request costs no database round trip, and each partner has its own bucket, so one partner's
 * burst never slows another. With several servers each holds its share of the partner's limit
 * (the limit divided by the servers running, from {@link ServerNodes}), so the deployment as a
 * whole holds the registered limit, approximately: exactly when the load balancer spreads a
 * partner's calls evenly. Staff and core banking are not limited here.
 */
@ApplicationScoped
public class RateLimiter {
    /** Past this many buckets, idle (full) ones are dropped, so many addresses cannot fill the heap. */
    private static final int MAX_BUCKETS = 100_000;

    @Inject
    PartnerRegistry partners;
    @Inject
    ServerNodes servers;
    @Inject
    @ConfigProperty(name = "jifen.rate-limit.anonymous-per-second", defaultValue = "20")
    int anonymousPerSecond;
    @Inject
    @ConfigProperty(name = "jifen.rate-limit.anonymous-burst", defaultValue = "50")
    int anonymousBurst;

    private static final long SWEEP_EVERY_NANOS = 1_000_000_000L;
    private final Map<String, Limited> buckets = new ConcurrentHashMap<>();
    private volatile long lastSweep = System.nanoTime() - SWEEP_EVERY_NANOS;

    /** What one call may do: go on, or wait; with the numbers for the RateLimit headers. */
    public record Decision(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {
    }

    /** Takes one call from the caller's bucket; empty when the caller is not rate limited. */
    public Optional<Decision> take(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/v1/dev/")) {
            return Optional.empty();
        }
        String key;
        RateLimits limits;
        JsonWebToken token = request.getUserPrincipal() instanceof JsonWebToken jwt ? jwt : null;
        Optional<String> partner = token == null ? Optional.empty() : partnerOf(token);
        Optional<RateLimits> registered = partner.flatMap(partners::limitsOf);
        if (registered.isPresent()) {
            key = "partner:" + partner.get();
            limits = registered.get();
        } else if (token != null && !isPartnerOrCarrier(token)) {
            // staff and the bank's own systems are not limited here
            return Optional.empty();
        } else if (token != null) {
            // a carrier, or a bank-signed partner token whose claim the registry refuses (each such
            // call is refused anyway): limited per client address at a partner's default limits
            key = "token-at:" + request.getRemoteAddr();
            limits = RateLimits.DEFAULT;
        } else {
            // no valid token: limited per client address
            key = "address:" + request.getRemoteAddr();
            limits = new RateLimits(Math.max(1, anonymousPerSecond), Math.max(anonymousPerSecond, anonymousBurst));
        }
        return Optional.of(take(key, limits, servers.liveServers()));
    }

    private static boolean isPartnerOrCarrier(JsonWebToken token) {
        return token.getGroups() != null
                && (token.getGroups().contains(Roles.PARTNER) || token.getGroups().contains(Roles.CARRIER));
    }

    private static Optional<String> partnerOf(JsonWebToken token) {
        if (token.getGroups() == null || !token.getGroups().contains(Roles.PARTNER)) {
            return Optional.empty();
        }
        return Caller.stringClaim(token, "partner");
    }

    Decision take(String key, RateLimits limits, int serverCount) {
        Share share = Share.of(limits, serverCount);
        long now = System.nanoTime();
        if (buckets.size() > MAX_BUCKETS && now - lastSweep > SWEEP_EVERY_NANOS) {
            // at most once a second, so a flood of new addresses cannot make every call scan the map
            lastSweep = now;
            buckets.values().removeIf(Limited::isIdle);
        }
        Limited limited = buckets.compute(key, (k, existing) -> {
            if (existing == null) {
                return new Limited(share, Bucket.builder().addLimit(share.bandwidth()).build());
            }
            if (!existing.share().equals(share)) {
                existing.bucket().replaceConfiguration(BucketConfiguration.builder().addLimit(share.bandwidth()).build(),
                        TokensInheritanceStrategy.PROPORTIONALLY);
                return new Limited(share, existing.bucket());
            }
            return existing;
        });
        ConsumptionProbe probe = limited.bucket().tryConsumeAndReturnRemaining(1);
        long capacity = share.capacity();
        long untilFull = (capacity - probe.getRemainingTokens()) * share.nanosPerToken();
        return new Decision(probe.isConsumed(), capacity, probe.getRemainingTokens(), ceilSeconds(untilFull),
                probe.isConsumed() ? 0 : Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill())));
    }

    private static long ceilSeconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    /** This server's share of a limit: the burst and the rate divided by the servers running. */
    record Share(long capacity, long perSecond, int servers) {
        static Share of(RateLimits limits, int servers) {
            int n = Math.max(1, servers);
            return new Share(Math.max(1, (limits.burst() + n - 1) / n), limits.perSecond(), n);
        }

        /** The rate refilled over n seconds, so n servers together refill the registered rate per second. */
        Bandwidth bandwidth() {
            return Bandwidth.builder().capacity(capacity).refillGreedy(perSecond, Duration.ofSeconds(servers)).build();
        }

        long nanosPerToken() {
            return Duration.ofSeconds(servers).toNanos() / perSecond;
        }
    }

    private record Limited(Share share, Bucket bucket) {
        boolean isIdle() {
            return bucket.getAvailableTokens() >= share.capacity();
        }
    }
}
