package io.jifen.orders;

import io.jifen.shared.Points;
import io.jifen.customers.RiskLevel;
import java.util.EnumMap;
import java.util.Map;

/**
 * The configurable numbers behind eligibility: the minimum balance for redeeming (default 10
 * points) and the points each risk level may redeem per calendar month (LOW 200,000; MEDIUM
 * 50,000; HIGH 0, i.e. none).
 */
public record RedemptionPolicy(Points minimumBalance, Map<RiskLevel, Points> monthlyQuota) {
    public static final RedemptionPolicy DEFAULT = new RedemptionPolicy(Points.of(10),
            Map.of(RiskLevel.LOW, Points.of(200_000), RiskLevel.MEDIUM, Points.of(50_000), RiskLevel.HIGH, Points.ZERO));

    public RedemptionPolicy {
        monthlyQuota = new EnumMap<>(monthlyQuota);
        for (RiskLevel level : RiskLevel.values()) {
            if (!monthlyQuota.containsKey(level)) {
                throw new IllegalArgumentException("no monthly quota for risk level " + level);
            }
        }
    }

    public Points quotaFor(RiskLevel level) {
        return monthlyQuota.get(level);
    }
}
