package io.jifen.campaigns;

import io.jifen.customers.StarLevel;
import io.jifen.points.Activity;
import io.jifen.shared.security.StaffIdentity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A bonus-points campaign: terms written by one marketer, approved by another (four eyes), then
 * awarding inside its window until its budget is spent or someone stops it. The points issued
 * never pass the budget: the service changes them only while holding this row's lock.
 */
@Entity
@Table(name = "campaign")
public class Campaign {
    /** How a customer's transaction stands with the campaign. */
    public enum Fit { NOT_ELIGIBLE, HELD_OUT, TREATED }

    @Id
    @Column(name = "id", length = 40)
    private String id;
    @Column(name = "name", nullable = false, length = 64)
    private String name;
    @Column(name = "description", length = 500)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "bonus_kind", nullable = false, length = 16)
    private BonusKind kind;
    @Column(name = "multiplier", precision = 6, scale = 3)
    private BigDecimal multiplier;
    @Column(name = "fixed_bonus")
    private Long fixedBonus;
    @Column(name = "activities", nullable = false, length = 400)
    private String activities;
    @Column(name = "product_codes", nullable = false, length = 1000)
    private String productCodes;
    @Column(name = "star_levels", nullable = false, length = 40)
    private String starLevels;
    @Column(name = "segments", nullable = false, length = 1000)
    private String segments;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;
    @Column(name = "per_customer_cap")
    private Long perCustomerCap;
    @Column(name = "budget", nullable = false)
    private long budget;
    @Column(name = "points_issued", nullable = false)
    private long pointsIssued;
    @Column(name = "holdout_percent", nullable = false)
    private int holdoutPercent;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CampaignStatus status;
    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "decided_by", length = 100)
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_note", length = 500)
    private String decisionNote;
    @Column(name = "stopped_by", length = 100)
    private String stoppedBy;
    @Column(name = "stopped_at")
    private Instant stoppedAt;
    @Column(name = "stop_reason", length = 500)
    private String stopReason;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Campaign() {
    }

    public Campaign(String id, CampaignTerms terms, String createdBy, Instant createdAt) {
        this.id = id;
        this.status = CampaignStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        apply(terms);
    }

    /** Terms change only while the campaign is a draft. */
    public void revise(CampaignTerms terms) {
        requireStored(CampaignStatus.DRAFT, "revised");
        apply(terms);
    }

    public void submit(Instant at) {
        requireStored(CampaignStatus.DRAFT, "submitted for approval");
        status = CampaignStatus.PENDING_APPROVAL;
        submittedAt = at;
    }

    /** A second person approves: the creator never approves their own campaign. */
    public void approve(String by, String note, Instant at) {
        requireStored(CampaignStatus.PENDING_APPROVAL, "approved");
        if (StaffIdentity.samePerson(by, createdBy)) {
            throw new CampaignFourEyesException(id, by);
        }
        if (!endsAt.isAfter(at)) {
            throw new InvalidCampaignStateException(id, statusAt(at), "approved: its window has passed");
        }
        status = CampaignStatus.APPROVED;
        decidedBy = by;
        decidedAt = at;
        decisionNote = note;
    }

    public void reject(String by, String reason, Instant at) {
        requireStored(CampaignStatus.PENDING_APPROVAL, "rejected");
        if (StaffIdentity.samePerson(by, createdBy)) {
            throw new CampaignFourEyesException(id, by);
        }
        status = CampaignStatus.REJECTED;
        decidedBy = by;
        decidedAt = at;
        decisionNote = reason;
    }

    /** Stops an approved (waiting or running) campaign early: nothing awards for transactions from now on. */
    public void stop(String by, String reason, Instant at) {
        if (!mayBeStoppedAt(at)) {
            throw new InvalidCampaignStateException(id, statusAt(at), "stopped");
        }
        status = CampaignStatus.STOPPED;
        stoppedBy = by;
        stoppedAt = at;
        stopReason = reason;
    }

    /* What may happen next, for screens that offer only the steps that could succeed; the commands stay the last word. */

    /** Only a draft goes to a second person for approval. */
    public boolean mayBeSubmitted() {
        return status == CampaignStatus.DRAFT;
    }

    /**
     * A campaign pending approval awaits a decision, approval or rejection, from someone other
     * than its creator (who is refused by the command, not hidden the step: four eyes is a rule to
     * be told, not a button to miss).
     */
    public boolean awaitsDecision() {
        return status == CampaignStatus.PENDING_APPROVAL;
    }

    /** An approved campaign, waiting for its window or running in it, may be stopped early. */
    public boolean mayBeStoppedAt(Instant at) {
        CampaignStatus now = statusAt(at);
        return now == CampaignStatus.APPROVED || now == CampaignStatus.RUNNING;
    }

    /** Approved at some point (waiting, running, ended or stopped since): it may have awarded, so it has results. */
    public boolean wasApproved() {
        return status == CampaignStatus.APPROVED || status == CampaignStatus.STOPPED;
    }

    public CampaignStatus statusAt(Instant now) {
        if (status != CampaignStatus.APPROVED) {
            return status;
        }
        if (now.isBefore(startsAt)) {
            return CampaignStatus.APPROVED;
        }
        return now.isBefore(endsAt) ? CampaignStatus.RUNNING : CampaignStatus.ENDED;
    }

    /**
     * Whether a transaction that happened at {@code occurredAt} falls to the campaign: approved,
     * inside the window (which a stop cuts short), and for its activity, product, star level and
     * segments; held-out customers are eligible but get nothing, to compare against.
     */
    public Fit fitFor(String customerId, Activity activity, String productCode, Instant occurredAt, StarLevel level,
                      Set<String> customerSegments) {
        if (!wasApproved()) {
            return Fit.NOT_ELIGIBLE;
        }
        Instant end = stoppedAt != null && stoppedAt.isBefore(endsAt) ? stoppedAt : endsAt;
        if (occurredAt.isBefore(startsAt) || !occurredAt.isBefore(end)) {
            return Fit.NOT_ELIGIBLE;
        }
        return fitIgnoringWindow(customerId, activity, productCode, level, customerSegments);
    }

    /** The audience test alone, as the simulation applies it to past transactions. */
    public Fit fitIgnoringWindow(String customerId, Activity activity, String productCode, StarLevel level,
                                 Set<String> customerSegments) {
        Set<Activity> acts = activities();
        if (!acts.isEmpty() && !acts.contains(activity)) {
            return Fit.NOT_ELIGIBLE;
        }
        Set<String> products = productCodes();
        if (!products.isEmpty() && (productCode == null || !products.contains(productCode))) {
            return Fit.NOT_ELIGIBLE;
        }
        Set<StarLevel> levels = starLevels();
        if (!levels.isEmpty() && !levels.contains(level)) {
            return Fit.NOT_ELIGIBLE;
        }
        Set<String> wanted = segments();
        if (!wanted.isEmpty() && wanted.stream().noneMatch(customerSegments::contains)) {
            return Fit.NOT_ELIGIBLE;
        }
        return HoldOut.isHeldOut(id, customerId, holdoutPercent) ? Fit.HELD_OUT : Fit.TREATED;
    }

    /**
     * The bonus a transaction earns before caps and budget: the multiplier's extra (rounded down) or
     * the fixed bonus. Only a qualifying transaction (one the earning rules gave points for) earns
     * a bonus: a 1-yuan deposit below the rule's minimum must not drain the budget.
     */
    public long bonusFor(long rulePoints) {
        if (rulePoints <= 0) {
            return 0;
        }
        if (kind == BonusKind.FIXED_BONUS) {
            return fixedBonus;
        }
        return BigDecimal.valueOf(rulePoints).multiply(multiplier.subtract(BigDecimal.ONE))
                .setScale(0, RoundingMode.DOWN).longValueExact();
    }

    /** What may be awarded of a bonus: within the customer's cap and what is left of the budget. */
    public long awardable(long bonus, long alreadyAwardedToCustomer) {
        long allowed = Math.min(bonus, budgetLeft());
        if (perCustomerCap != null) {
            allowed = Math.min(allowed, Math.max(0, perCustomerCap - alreadyAwardedToCustomer));
        }
        return Math.max(0, allowed);
    }

    /** Counts points against the budget; the caller holds this row's lock. */
    public void recordIssued(long points) {
        if (points < 0 || points > budgetLeft()) {
            throw new IllegalStateException("campaign " + id + " cannot issue " + points + " of " + budgetLeft() + " left");
        }
        pointsIssued += points;
    }

    /** Points a reversal took back from customers return to the budget; the caller holds this row's lock. */
    public void recordReturned(long points) {
        if (points < 0 || points > pointsIssued) {
            throw new IllegalStateException("campaign " + id + " cannot take back " + points + " of " + pointsIssued);
        }
        pointsIssued -= points;
    }

    public long budgetLeft() {
        return budget - pointsIssued;
    }

    public CampaignTerms terms() {
        return new CampaignTerms(name, description, kind, multiplier, fixedBonus, activities(), productCodes(),
                starLevels(), segments(), startsAt, endsAt, perCustomerCap, budget, holdoutPercent);
    }

    private void apply(CampaignTerms terms) {
        this.name = terms.name();
        this.description = terms.description();
        this.kind = terms.kind();
        this.multiplier = terms.multiplier();
        this.fixedBonus = terms.fixedBonus();
        this.activities = join(terms.activities(), Activity::name);
        this.productCodes = join(terms.productCodes(), s -> s);
        this.starLevels = join(terms.starLevels(), l -> Integer.toString(l.number()));
        this.segments = join(terms.segments(), s -> s);
        this.startsAt = terms.startsAt();
        this.endsAt = terms.endsAt();
        this.perCustomerCap = terms.perCustomerCap();
        this.budget = terms.budget();
        this.holdoutPercent = terms.holdoutPercent();
    }

    private void requireStored(CampaignStatus expected, String action) {
        if (status != expected) {
            throw new InvalidCampaignStateException(id, status, action);
        }
    }

    private static <T> String join(Set<T> values, Function<T, String> text) {
        return values.stream().map(text).sorted().collect(Collectors.joining(","));
    }

    private static Set<String> split(String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(joined.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }

    public String id() { return id; }
    public String name() { return name; }
    public String description() { return description; }
    public BonusKind kind() { return kind; }
    public BigDecimal multiplier() { return multiplier; }
    public Long fixedBonus() { return fixedBonus; }
    public Set<Activity> activities() { return split(activities).stream().map(Activity::valueOf).collect(Collectors.toSet()); }
    public Set<String> productCodes() { return split(productCodes); }
    public Set<StarLevel> starLevels() {
        return split(starLevels).stream().map(n -> StarLevel.ofNumber(Integer.parseInt(n))).collect(Collectors.toSet());
    }
    public Set<String> segments() { return split(segments); }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public Long perCustomerCap() { return perCustomerCap; }
    public long budget() { return budget; }
    public long pointsIssued() { return pointsIssued; }
    public int holdoutPercent() { return holdoutPercent; }
    public CampaignStatus storedStatus() { return status; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant submittedAt() { return submittedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionNote() { return decisionNote; }
    public String stoppedBy() { return stoppedBy; }
    public Instant stoppedAt() { return stoppedAt; }
    public String stopReason() { return stopReason; }
}
