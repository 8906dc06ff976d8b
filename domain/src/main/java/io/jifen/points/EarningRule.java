package io.jifen.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * How an activity earns points while the rule is in force: a fixed number per qualifying
 * transaction and/or a number per full step of amount (e.g. 10 points per 500,000 yuan, rounded
 * down to whole steps), for amounts at or above a minimum. Rules are data; a change is a new rule
 * with new dates, so a transaction always earns by the rules of the day it happened.
 */
@Entity
@Table(name = "earning_rule")
public class EarningRule {
    @Id
    @Column(name = "code", length = 64)
    private String code;
    @Column(name = "name", nullable = false, length = 200)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "activity", nullable = false, length = 32)
    private Activity activity;
    @Column(name = "fixed_points", nullable = false)
    private long fixedPoints;
    @Column(name = "points_per_step", nullable = false)
    private long pointsPerStep;
    @Column(name = "step_amount", precision = 19, scale = 2)
    private BigDecimal stepAmount;
    @Column(name = "min_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal minAmount;
    @Column(name = "tier_multiplied", nullable = false)
    private boolean tierMultiplied;
    @Column(name = "effective_from", nullable = false)
    private Instant effectiveFrom;
    @Column(name = "effective_to")
    private Instant effectiveTo;

    protected EarningRule() {
    }

    public EarningRule(String code, String name, Activity activity, long fixedPoints, long pointsPerStep,
                       BigDecimal stepAmount, BigDecimal minAmount, boolean tierMultiplied,
                       Instant effectiveFrom, Instant effectiveTo) {
        if (fixedPoints < 0 || pointsPerStep < 0) {
            throw new IllegalArgumentException("a rule earns zero or more points");
        }
        if (pointsPerStep > 0 && (stepAmount == null || stepAmount.signum() <= 0)) {
            throw new IllegalArgumentException("points per step need a positive step amount");
        }
        if (effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException("a rule ends after it starts");
        }
        this.code = code;
        this.name = name;
        this.activity = activity;
        this.fixedPoints = fixedPoints;
        this.pointsPerStep = pointsPerStep;
        this.stepAmount = stepAmount;
        this.minAmount = minAmount == null ? BigDecimal.ZERO : minAmount;
        this.tierMultiplied = tierMultiplied;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
    }

    /** In force from its start (inclusive) to its end (exclusive). */
    public boolean isInForceAt(Instant when) {
        return !when.isBefore(effectiveFrom) && (effectiveTo == null || when.isBefore(effectiveTo));
    }

    /** Points this rule earns for an amount: zero below the minimum. */
    public long pointsFor(BigDecimal amount) {
        if (amount.compareTo(minAmount) < 0) {
            return 0;
        }
        long points = fixedPoints;
        if (pointsPerStep > 0) {
            long steps = amount.divide(stepAmount, 0, RoundingMode.DOWN).longValueExact();
            points = Math.addExact(points, Math.multiplyExact(steps, pointsPerStep));
        }
        return points;
    }

    public String code() { return code; }
    public String name() { return name; }
    public Activity activity() { return activity; }
    public long fixedPoints() { return fixedPoints; }
    public long pointsPerStep() { return pointsPerStep; }
    public BigDecimal stepAmount() { return stepAmount; }
    public BigDecimal minAmount() { return minAmount; }
    public boolean isTierMultiplied() { return tierMultiplied; }
    public Instant effectiveFrom() { return effectiveFrom; }
    public Instant effectiveTo() { return effectiveTo; }
}
