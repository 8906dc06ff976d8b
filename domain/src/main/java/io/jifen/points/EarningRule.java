package io.jifen.points;

import io.jifen.shared.Approval;
import io.jifen.shared.security.StaffIdentity;
import jakarta.persistence.Column;
import io.jifen.customers.CreditRating;
import io.jifen.customers.StarLevel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * How an activity earns points while the rule is in force: a fixed number per qualifying
 * transaction and/or a number per full step of amount (e.g. 10 points per 500,000 yuan, rounded
 * down to whole steps), for amounts at or above a minimum. Rules are data; a change is a new rule
 * with new dates, so a transaction always earns by the rules of the day it happened.
 *
 * <p>A rule may be narrowed to a product code, a minimum service star level and a minimum credit
 * rating, and capped per customer per bank-calendar day and month. Every rule in force that matches
 * a transaction earns (a richer rate for better customers is a second rule on top of the base).
 * Versions of one rule share its code; only one version is in force at any instant.
 */
@Entity
@Table(name = "earning_rule")
public class EarningRule {
    /** The most points a rule gives per transaction as fixed points, or per step. */
    public static final long MAX_POINTS = 1_000_000;
    /** The largest daily or monthly cap a rule may set on one customer. */
    public static final long MAX_CAP = 1_000_000_000;

    /** How a per-step rate rounds the number of steps: down (the default), half up, or up. */
    public enum StepRounding { DOWN, HALF_UP, UP }

    @Id
    @SequenceGenerator(name = "earning_rule_seq", sequenceName = "earning_rule_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "earning_rule_seq")
    @Column(name = "id")
    private Long id;
    @Column(name = "code", nullable = false, length = 64)
    private String code;
    @Column(name = "version", nullable = false)
    private int version = 1;
    /** A version staff propose earns nothing until a second person approves it (four eyes, as campaigns). */
    @Enumerated(EnumType.STRING)
    @Column(name = "approval", nullable = false, length = 20)
    private Approval approval = Approval.APPROVED;
    @Column(name = "decided_by", length = 100)
    private String decidedBy;
    /** Two people deciding on one proposal at once: the second is refused, not lost. */
    @jakarta.persistence.Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;
    @Column(name = "name", nullable = false, length = 200)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "activity", nullable = false, length = 32)
    private Activity activity;
    @Column(name = "product_code", length = 40)
    private String productCode;
    @Column(name = "min_star_level")
    private Integer minStarLevel;
    @Enumerated(EnumType.STRING)
    @Column(name = "min_credit_rating", length = 8)
    private CreditRating minCreditRating;
    @Column(name = "fixed_points", nullable = false)
    private long fixedPoints;
    @Column(name = "points_per_step", nullable = false)
    private long pointsPerStep;
    @Column(name = "step_amount", precision = 19, scale = 2)
    private BigDecimal stepAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "step_rounding", nullable = false, length = 8)
    private StepRounding stepRounding = StepRounding.DOWN;
    @Column(name = "min_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal minAmount;
    @Column(name = "daily_cap")
    private Long dailyCap;
    @Column(name = "monthly_cap")
    private Long monthlyCap;
    @Column(name = "tier_multiplied", nullable = false)
    private boolean tierMultiplied;
    @Column(name = "effective_from", nullable = false)
    private Instant effectiveFrom;
    @Column(name = "effective_to")
    private Instant effectiveTo;
    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy = "system";
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

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
        this.createdAt = effectiveFrom;
    }

    /** Who the rule is for beyond its activity; null means anyone. */
    public record Audience(String productCode, StarLevel minStarLevel, CreditRating minCreditRating) {
        public static final Audience ANYONE = new Audience(null, null, null);
    }

    /** Limits per customer on what the rule earns, per bank-calendar day and month; null means none. */
    public record Caps(Long daily, Long monthly) {
        public static final Caps NONE = new Caps(null, null);

        public Caps {
            if ((daily != null && daily <= 0) || (monthly != null && monthly <= 0)) {
                throw new IllegalArgumentException("a cap is more than zero points");
            }
        }
    }

    /** A rule as staff define it: the full terms of one version. */
    public static EarningRule define(String code, int version, String name, Activity activity, Audience audience,
                                     long fixedPoints, long pointsPerStep, BigDecimal stepAmount, StepRounding rounding,
                                     BigDecimal minAmount, Caps caps, boolean tierMultiplied, Instant effectiveFrom,
                                     Instant effectiveTo, String createdBy, Instant createdAt) {
        if (fixedPoints == 0 && pointsPerStep == 0) {
            throw new IllegalArgumentException("a rule earns fixed points, points per step, or both");
        }
        EarningRule rule = new EarningRule(code, name, activity, fixedPoints, pointsPerStep, stepAmount, minAmount,
                tierMultiplied, effectiveFrom, effectiveTo);
        rule.version = version;
        rule.productCode = audience.productCode();
        rule.minStarLevel = audience.minStarLevel() == null ? null : audience.minStarLevel().number();
        rule.minCreditRating = audience.minCreditRating();
        rule.stepRounding = Objects.requireNonNull(rounding, "rounding");
        rule.dailyCap = caps.daily();
        rule.monthlyCap = caps.monthly();
        rule.createdBy = createdBy;
        rule.createdAt = createdAt;
        return rule;
    }

    /** Whether the rule is for this transaction and customer (its activity, product and audience). */
    public boolean matches(Activity activity, String productCode, StarLevel level, CreditRating rating) {
        if (this.activity != activity) {
            return false;
        }
        if (this.productCode != null && !this.productCode.equals(productCode)) {
            return false;
        }
        if (minStarLevel != null && (level == null || level.number() < minStarLevel)) {
            return false;
        }
        return minCreditRating == null || (rating != null && rating.isAtLeast(minCreditRating));
    }

    /** A version as proposed: it waits for a second person. */
    public void awaitApproval() {
        approval = Approval.PENDING_APPROVAL;
    }

    /**
     * A second person (never its proposer) approves; a start that has passed while it waited moves
     * to {@code at}, since history is not rewritten.
     */
    public void approve(String by, Instant at) {
        decide(by);
        approval = Approval.APPROVED;
        if (effectiveFrom.isBefore(at)) {
            if (effectiveTo != null && !effectiveTo.isAfter(at)) {
                throw new io.jifen.shared.InvalidRequestException("effectiveTo", "version " + version + " of " + code
                        + " would end before it is approved: reject it");
            }
            effectiveFrom = at;
        }
    }

    public void reject(String by) {
        decide(by);
        approval = Approval.REJECTED;
    }

    private void decide(String by) {
        if (approval != Approval.PENDING_APPROVAL) {
            throw new RuleAlreadyDecided(code, version, approval);
        }
        if (by == null || StaffIdentity.samePerson(by, createdBy)) {
            throw new RuleFourEyes(code, version, by);
        }
        decidedBy = by;
    }

    /** The version was approved or rejected already: the first decision stands. */
    public static class RuleAlreadyDecided extends io.jifen.shared.DomainException {
        RuleAlreadyDecided(String code, int version, Approval approval) {
            super(io.jifen.shared.ErrorCode.INVALID_STATE, io.jifen.shared.Message.of("earningRule.alreadyDecided",
                    String.valueOf(version), code, approval));
        }
    }

    /** The proposer tried to decide on their own version. */
    public static class RuleFourEyes extends io.jifen.shared.FourEyesRefusal {
        RuleFourEyes(String code, int version, String by) {
            super(io.jifen.shared.Message.of("fourEyes.earningRule", by, version, code));
        }
    }

    public Approval approval() { return approval; }
    public boolean isApproved() { return approval == Approval.APPROVED; }
    public String decidedBy() { return decidedBy; }

    /** Ends this version where the next begins; a change never reaches back before "now". */
    public void endAt(Instant end) {
        if (!end.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException("a rule ends after it starts");
        }
        if (effectiveTo != null && end.isAfter(effectiveTo)) {
            throw new IllegalArgumentException("the rule already ends at " + effectiveTo);
        }
        this.effectiveTo = end;
    }

    /** What is left of the day's and month's caps, given what the rule already earned the customer. */
    public long capped(long points, long earnedThatDay, long earnedThatMonth) {
        long allowed = points;
        if (dailyCap != null) {
            allowed = Math.min(allowed, Math.max(0, dailyCap - earnedThatDay));
        }
        if (monthlyCap != null) {
            allowed = Math.min(allowed, Math.max(0, monthlyCap - earnedThatMonth));
        }
        return allowed;
    }

    public boolean isCapped() {
        return dailyCap != null || monthlyCap != null;
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
            RoundingMode mode = switch (stepRounding) {
                case DOWN -> RoundingMode.DOWN;
                case HALF_UP -> RoundingMode.HALF_UP;
                case UP -> RoundingMode.UP;
            };
            long steps = amount.divide(stepAmount, 0, mode).longValueExact();
            points = Math.addExact(points, Math.multiplyExact(steps, pointsPerStep));
        }
        return points;
    }

    public Long id() { return id; }
    public int version() { return version; }
    public String productCode() { return productCode; }
    public StarLevel minStarLevel() { return minStarLevel == null ? null : StarLevel.ofNumber(minStarLevel); }
    public CreditRating minCreditRating() { return minCreditRating; }
    public StepRounding stepRounding() { return stepRounding; }
    public Long dailyCap() { return dailyCap; }
    public Long monthlyCap() { return monthlyCap; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
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
