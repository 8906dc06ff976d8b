package io.jifen.points.persistence;

import io.jifen.points.EarningRule;
import io.jifen.points.StarLevelMultiplier;
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
 * Earning rules by activity and the star-level multipliers, read by every accrual and changed a
 * few times a year: kept for {@code JIFEN_POINTS_RULES_CACHE_SECONDS} (default 2), so an accrual
 * reads no rule rows. A change on this server drops them at once and again when its transaction
 * ends (so a read racing the change cannot keep the old rules); another server sees the change
 * within that time. Rules apply by the transaction's occurrence time, so a rule that starts later
 * can be cached before it starts.
 */
@ApplicationScoped
public class EarningRulesCache {
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "jifen.points.rules-cache-seconds", defaultValue = "2")
    long cacheSeconds;
    @Resource
    TransactionSynchronizationRegistry transaction;

    private ReadMostlyCache<List<EarningRule>> rules;
    private ReadMostlyCache<List<StarLevelMultiplier>> multipliers;

    @PostConstruct
    void start() {
        Duration ttl = Duration.ofSeconds(Math.max(0, cacheSeconds));
        rules = new ReadMostlyCache<>(ttl, clock);
        multipliers = new ReadMostlyCache<>(ttl, clock);
    }

    ReadMostlyCache<List<EarningRule>> rules() {
        return rules;
    }

    ReadMostlyCache<List<StarLevelMultiplier>> multipliers() {
        return multipliers;
    }

    void forgetRules() {
        rules.forgetAllThrough(transaction);
        multipliers.forgetAllThrough(transaction);
    }
}
