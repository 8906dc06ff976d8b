package io.jifen.points;

import io.jifen.shared.Points;
import io.jifen.customers.CreditRating;
import io.jifen.customers.StarLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a transaction earns: each rule of its activity in force when it happened, then the star
 * level's bonus on the rules that take it (the multiplier's extra, rounded down).
 */
public final class EarningPolicy {
    private final List<EarningRule> rules;
    private final Map<StarLevel, BigDecimal> multipliers;

    public EarningPolicy(List<EarningRule> rules, Map<StarLevel, BigDecimal> multipliers) {
        this.rules = List.copyOf(rules);
        this.multipliers = Map.copyOf(multipliers);
    }

    /**
     * What a capped rule already earned this customer in the bank-calendar day and month of the
     * transaction (by rule code, across its versions).
     */
    public interface CapUsage {
        CapUsage NONE = new CapUsage() {
            @Override
            public long earnedOnDay(String ruleCode) { return 0; }
            @Override
            public long earnedInMonth(String ruleCode) { return 0; }
        };

        long earnedOnDay(String ruleCode);

        long earnedInMonth(String ruleCode);
    }

    public List<EarningLine> earn(Activity activity, BigDecimal amount, Instant occurredAt, StarLevel serviceLevel) {
        return earn(activity, null, amount, occurredAt, serviceLevel, null, CapUsage.NONE);
    }

    public List<EarningLine> earn(Activity activity, String productCode, BigDecimal amount, Instant occurredAt,
                                  StarLevel serviceLevel, CreditRating rating, CapUsage usage) {
        List<EarningLine> lines = new ArrayList<>();
        long multipliable = 0;
        for (EarningRule rule : rules.stream().sorted(Comparator.comparing(EarningRule::code)).toList()) {
            if (!rule.isInForceAt(occurredAt) || !rule.matches(activity, productCode, serviceLevel, rating)) {
                continue;
            }
            long points = rule.pointsFor(amount);
            if (points > 0 && rule.isCapped()) {
                points = rule.capped(points, usage.earnedOnDay(rule.code()), usage.earnedInMonth(rule.code()));
            }
            if (points > 0) {
                lines.add(EarningLine.rule(rule.code(), points));
                if (rule.isTierMultiplied()) {
                    multipliable += points;
                }
            }
        }
        BigDecimal multiplier = multipliers.getOrDefault(serviceLevel, BigDecimal.ONE);
        long bonus = BigDecimal.valueOf(multipliable).multiply(multiplier.subtract(BigDecimal.ONE))
                .setScale(0, RoundingMode.DOWN).longValueExact();
        if (bonus > 0) {
            lines.add(EarningLine.rule("STAR_LEVEL_" + serviceLevel.number() + "_BONUS", bonus));
        }
        return lines;
    }

    public static Points total(List<EarningLine> lines) {
        return Points.sum(lines.stream().map(EarningLine::points));
    }
}
