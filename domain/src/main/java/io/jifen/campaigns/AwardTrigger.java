package io.jifen.campaigns;

import io.jifen.shared.Message;
import io.jifen.customers.StarLevel;
import io.jifen.points.Activity;
import io.jifen.shared.Approval;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.security.StaffIdentity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Points awarded on an event in a customer's life with the bank, once per customer per event: the
 * event key says what "the same event" is (one threshold crossing, one transaction, one
 * anniversary year, one star level reached), and a unique key on it is the last word.
 */
@Entity
@Table(name = "award_trigger")
public class AwardTrigger {
    /** The most points one trigger may award a customer at a time. */
    public static final long MAX_POINTS = 1_000_000;

    @Id
    @Column(name = "id", length = 40)
    private String id;
    @Column(name = "name", nullable = false, length = 64)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private TriggerKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "activity", length = 32)
    private Activity activity;
    @Column(name = "product_code", length = 40)
    private String productCode;
    @Column(name = "min_amount", precision = 19, scale = 2)
    private BigDecimal minAmount;
    @Column(name = "asset_threshold", precision = 19, scale = 2)
    private BigDecimal assetThreshold;
    @Column(name = "star_level")
    private Integer starLevel;
    @Column(name = "points", nullable = false)
    private long points;
    @Column(name = "gift_id", length = 40)
    private String giftId;
    @Column(name = "partner_id", length = 64)
    private String partnerId;
    @Column(name = "active", nullable = false)
    private boolean active;
    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    /** A new trigger awards nothing until a second person approves it (four eyes, as campaigns). */
    @Enumerated(EnumType.STRING)
    @Column(name = "approval", nullable = false, length = 20)
    private Approval approval;
    @Column(name = "decided_by", length = 100)
    private String decidedBy;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AwardTrigger() {
    }

    /**
     * The definition of a trigger as staff enter it; what each kind needs is checked here. It
     * awards points, or a gift (an e-voucher, ordered at no cost to the customer through the
     * partner storefront that will show it), or both.
     */
    public record Definition(String name, TriggerKind kind, Activity activity, String productCode, BigDecimal minAmount,
                             BigDecimal assetThreshold, StarLevel starLevel, long points, String giftId, String partnerId) {
        /** A trigger that awards points only. */
        public Definition(String name, TriggerKind kind, Activity activity, String productCode, BigDecimal minAmount,
                          BigDecimal assetThreshold, StarLevel starLevel, long points) {
            this(name, kind, activity, productCode, minAmount, assetThreshold, starLevel, points, null, null);
        }

        public Definition {
            if (name == null || name.isBlank() || name.strip().length() > 64) {
                throw new InvalidRequestException("name", "a trigger has a name of at most 64 characters");
            }
            if (kind == null) {
                throw new InvalidRequestException("kind", "ASSETS_THRESHOLD, TRANSACTION, ANNIVERSARY or STAR_UPGRADE");
            }
            if (points < 0 || (points == 0 && giftId == null)) {
                throw new InvalidRequestException("points", "a trigger awards more than zero points, a gift, or both");
            }
            if (points > MAX_POINTS) {
                throw new InvalidRequestException("points", Message.of("trigger.pointsTooHigh", String.valueOf(MAX_POINTS)));
            }
            if (giftId != null && (partnerId == null || partnerId.isBlank())) {
                throw new InvalidRequestException("partnerId", "a gift is ordered through a partner storefront: name it");
            }
            if (kind == TriggerKind.TRANSACTION && activity == null) {
                throw new InvalidRequestException("activity", "a transaction trigger names its activity");
            }
            if (kind == TriggerKind.ASSETS_THRESHOLD && (assetThreshold == null || assetThreshold.signum() <= 0)) {
                throw new InvalidRequestException("assetThreshold", "an assets trigger has a threshold above zero");
            }
            if (productCode != null && !productCode.matches("[A-Za-z0-9_-]{1,40}")) {
                throw new InvalidRequestException("productCode", "1-40 letters, digits, _ or -");
            }
            if (minAmount != null && minAmount.signum() < 0) {
                throw new InvalidRequestException("minAmount", "zero or more");
            }
            name = name.strip();
        }
    }

    public AwardTrigger(String id, Definition d, String createdBy, Instant createdAt) {
        this.id = id;
        this.name = d.name();
        this.kind = d.kind();
        this.activity = d.kind() == TriggerKind.TRANSACTION ? d.activity() : null;
        this.productCode = d.kind() == TriggerKind.TRANSACTION ? d.productCode() : null;
        this.minAmount = d.kind() == TriggerKind.TRANSACTION ? d.minAmount() : null;
        this.assetThreshold = d.kind() == TriggerKind.ASSETS_THRESHOLD ? d.assetThreshold() : null;
        this.starLevel = d.kind() == TriggerKind.STAR_UPGRADE && d.starLevel() != null ? d.starLevel().number() : null;
        this.points = d.points();
        this.giftId = d.giftId();
        this.partnerId = d.giftId() == null ? null : d.partnerId();
        this.active = false;
        this.approval = Approval.PENDING_APPROVAL;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The event key when a transaction sets this trigger off. */
    public Optional<String> onTransaction(String sourceTxnId, Activity txnActivity, String txnProduct, BigDecimal amount) {
        if (!active || kind != TriggerKind.TRANSACTION || activity != txnActivity) {
            return Optional.empty();
        }
        if (productCode != null && !productCode.equals(txnProduct)) {
            return Optional.empty();
        }
        if (minAmount != null && amount.compareTo(minAmount) < 0) {
            return Optional.empty();
        }
        return Optional.of("TXN:" + sourceTxnId);
    }

    /** The event key when assets cross the threshold upwards (once per customer, however often they dip and rise). */
    public Optional<String> onAssets(BigDecimal before, BigDecimal after) {
        if (!active || kind != TriggerKind.ASSETS_THRESHOLD) {
            return Optional.empty();
        }
        if (before.compareTo(assetThreshold) < 0 && after.compareTo(assetThreshold) >= 0) {
            return Optional.of("ASSETS:" + assetThreshold.stripTrailingZeros().toPlainString());
        }
        return Optional.empty();
    }

    /** The event key when the service level rises (to the trigger's level or, without one, any rise). */
    public Optional<String> onStarLevel(StarLevel before, StarLevel after) {
        if (!active || kind != TriggerKind.STAR_UPGRADE || !after.isAbove(before)) {
            return Optional.empty();
        }
        if (starLevel != null && (after.number() < starLevel || before.number() >= starLevel)) {
            return Optional.empty();
        }
        return Optional.of("STAR:" + (starLevel != null ? starLevel : after.number()));
    }

    /** The event key on a day that is an anniversary (a whole number of years, at least one) of the account's opening. */
    public Optional<String> onDay(LocalDate openedOn, LocalDate today) {
        if (!active || kind != TriggerKind.ANNIVERSARY || openedOn == null || !openedOn.isBefore(today)) {
            return Optional.empty();
        }
        LocalDate anniversary = openedOn.withYear(today.getYear()); // Feb 29 falls on Feb 28 in other years
        if (!anniversary.equals(today) || today.getYear() == openedOn.getYear()) {
            return Optional.empty();
        }
        return Optional.of("ANNIVERSARY:" + today.getYear());
    }

    public void deactivate() {
        active = false;
        if (approval == Approval.PENDING_APPROVAL) {
            approval = Approval.REJECTED; // withdrawn before anyone approved it: approving it later would revive it
        }
    }

    /** A second person approves: the trigger awards from now on. */
    public void approve(String by) {
        decide(by, Approval.APPROVED);
        active = true;
    }

    public void reject(String by) {
        decide(by, Approval.REJECTED);
    }

    private void decide(String by, Approval to) {
        if (approval != Approval.PENDING_APPROVAL) {
            throw new AlreadyDecidedException("trigger " + id, approval);
        }
        if (by == null || StaffIdentity.samePerson(by, createdBy)) {
            throw new MarketingFourEyesException("trigger " + id, by);
        }
        approval = to;
        decidedBy = by;
    }

    public String id() { return id; }
    public String name() { return name; }
    public TriggerKind kind() { return kind; }
    public Activity activity() { return activity; }
    public String productCode() { return productCode; }
    public BigDecimal minAmount() { return minAmount; }
    public BigDecimal assetThreshold() { return assetThreshold; }
    public StarLevel starLevel() { return starLevel == null ? null : StarLevel.ofNumber(starLevel); }
    public long points() { return points; }
    public String giftId() { return giftId; }
    public String partnerId() { return partnerId; }
    public boolean isActive() { return active; }
    public String createdBy() { return createdBy; }
    public Approval approval() { return approval == null ? Approval.APPROVED : approval; }
    public String decidedBy() { return decidedBy; }
    public Instant createdAt() { return createdAt; }
}
