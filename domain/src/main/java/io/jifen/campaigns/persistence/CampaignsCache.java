package io.jifen.campaigns.persistence;

import io.jifen.campaigns.AwardTrigger;
import io.jifen.campaigns.Campaign;
import io.jifen.shared.ReadMostlyCache;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Approved and stopped campaigns and active triggers, read by every accrual, kept for
 * {@code JIFEN_CAMPAIGNS_CACHE_SECONDS} (default 2). A change on this server drops them at once and
 * again when its transaction ends; another server sees it within that time. Budgets are never
 * taken from here: the bonus path locks and re-reads the campaign row before it awards.
 */
@ApplicationScoped
public class CampaignsCache {
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "jifen.campaigns.cache-seconds", defaultValue = "2")
    long cacheSeconds;
    @Resource
    TransactionSynchronizationRegistry transaction;

    private ReadMostlyCache<List<Campaign>> campaigns;
    private ReadMostlyCache<List<AwardTrigger>> triggers;

    @PostConstruct
    void start() {
        Duration ttl = Duration.ofSeconds(Math.max(0, cacheSeconds));
        campaigns = new ReadMostlyCache<>(ttl, clock);
        triggers = new ReadMostlyCache<>(ttl, clock);
    }

    ReadMostlyCache<List<Campaign>> campaigns() {
        return campaigns;
    }

    ReadMostlyCache<List<AwardTrigger>> triggers() {
        return triggers;
    }

    void forgetAll() {
        campaigns.forgetAllThrough(transaction);
        triggers.forgetAllThrough(transaction);
    }
}
