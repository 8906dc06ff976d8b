package io.jifen.webhooks.application;

import io.jifen.webhooks.ExpiringPointsHorizon;
import io.jifen.webhooks.RetryPolicy;
import io.jifen.webhooks.WebhookTargetPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The webhook settings (MicroProfile Config; JIFEN_WEBHOOKS_* in the environment). */
@ApplicationScoped
public class WebhookSettings {
    @Inject
    @ConfigProperty(name = "jifen.webhooks.poll-millis", defaultValue = "1000")
    long pollMillis;
    @Inject
    @ConfigProperty(name = "jifen.webhooks.workers", defaultValue = "2")
    int workers;
    @Inject
    @ConfigProperty(name = "jifen.webhooks.retry-base-millis", defaultValue = "30000")
    long retryBaseMillis;
    @Inject
    @ConfigProperty(name = "jifen.webhooks.retry-window-millis", defaultValue = "86400000")
    long retryWindowMillis;
    @Inject
    @ConfigProperty(name = "jifen.webhooks.timeout-millis", defaultValue = "10000")
    long timeoutMillis;
    @Inject
    @ConfigProperty(name = "jifen.webhooks.expiring-days", defaultValue = "30")
    int expiringDays;
    @Inject
    @ConfigProperty(name = "jifen.webhooks.expiring-check-minutes", defaultValue = "60")
    long expiringCheckMinutes;

    @Inject
    @ConfigProperty(name = "jifen.webhooks.allowed-networks", defaultValue = " ")
    String allowedNetworks;
    @Inject
    @ConfigProperty(name = "jifen.dev-tokens", defaultValue = "false")
    boolean devMode;
    private volatile WebhookTargetPolicy targets;

    /** Where webhooks may go: https to public addresses, plus plain http in development. */
    public WebhookTargetPolicy targets() {
        if (targets == null) {
            targets = new WebhookTargetPolicy(devMode, allowedNetworks);
        }
        return targets;
    }

    public Duration pollInterval() {
        return Duration.ofMillis(Math.max(50, pollMillis));
    }

    public int workers() {
        return Math.max(0, Math.min(workers, 32));
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(Duration.ofMillis(Math.max(1, retryBaseMillis)), Duration.ofMillis(Math.max(0, retryWindowMillis)));
    }

    /** How long one attempt may take, connecting included. */
    public Duration timeout() {
        return Duration.ofMillis(Math.max(100, timeoutMillis));
    }

    public Duration connectTimeout() {
        return timeout().compareTo(Duration.ofSeconds(5)) < 0 ? timeout() : Duration.ofSeconds(5);
    }

    /**
     * How long a worker's claim lasts: well beyond one attempt, so only a worker that died
     * mid-send loses it, and its delivery goes out again (at least once).
     */
    public Duration claimLease() {
        return timeout().multipliedBy(3).plusSeconds(10);
    }

    public ExpiringPointsHorizon expiringHorizon() {
        return new ExpiringPointsHorizon(Duration.ofDays(Math.max(1, expiringDays)));
    }

    public Duration expiringCheckInterval() {
        return Duration.ofMinutes(Math.max(1, expiringCheckMinutes));
    }
}
