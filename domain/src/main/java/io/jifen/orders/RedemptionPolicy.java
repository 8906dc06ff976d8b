package io.jifen.orders;

import io.jifen.customers.RiskLevel;
import java.util.EnumMap;
import java.util.Map;

/**
 * The configurable numbers behind eligibility: the minimum balance for redeeming (default 10
 * points) and the points each risk level may redeem per calendar month (LOW 200,000; MEDIUM
 * 50,000; HIGH 0, i.e. none).
 */
public record RedemptionPolicy(long minimumBalance, Map<RiskLevel, Long> monthlyQuota) {
    public static final RedemptionPolicy DEFAULT = new RedemptionPolicy(10,
            Map.of(RiskLevel.LOW, 200_000L, RiskLevel.MEDIUM, 50_000L, RiskLevel.HIGH, 0L));

    public RedemptionPolicy {
        monthlyQuota = new EnumMap<>(monthlyQuota);
        for (RiskLevel level : RiskLevel.values()) {
            if (!monthlyQuota.containsKey(level)) {
                throw new IllegalArgumentException("no monthly quota for risk level " + level);
            }
        }
    }

    public long quotaFor(RiskLevel level) {
        return monthlyQuota.get(level);
    }
}
