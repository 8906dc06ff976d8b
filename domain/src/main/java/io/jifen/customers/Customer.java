package io.jifen.customers;

import io.jifen.shared.CustomerId;
import io.jifen.shared.InvalidRequestException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A bank customer as core banking reports them, with the star levels that follow. */
@Entity
@Table(name = "customer")
public class Customer {
    @Id
    @Column(name = "id", length = 64)
    private String id;
    @Column(name = "name", nullable = false, length = 200)
    private String name;
    @Column(name = "phone", length = 40)
    private String phone;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private CustomerStatus status;
    @Column(name = "blacklisted", nullable = false)
    private boolean blacklisted;
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, length = 16)
    private RiskLevel riskLevel;
    @Enumerated(EnumType.STRING)
    @Column(name = "credit_rating", nullable = false, length = 8)
    private CreditRating creditRating;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_holding", joinColumns = @JoinColumn(name = "customer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "holding", length = 32)
    private Set<ProductHolding> holdings = EnumSet.noneOf(ProductHolding.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_star_figure", joinColumns = @JoinColumn(name = "customer_id"))
    @MapKeyColumn(name = "component", length = 40)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "amount", precision = 19, scale = 2)
    private Map<StarPointComponent, BigDecimal> starFigures = new EnumMap<>(StarPointComponent.class);

    /** Marketing segments (HIGH_NET_WORTH, RETIREE, REGION_SH, …), from core banking or staff. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_segment", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "segment", length = 40)
    private Set<String> segments = new TreeSet<>();
    /** The day the customer's bank account was opened (for anniversaries); null when not reported. */
    @Column(name = "opened_on")
    private LocalDate openedOn;

    @Column(name = "star_figures_period_end")
    private LocalDate starFiguresPeriodEnd;
    @Column(name = "star_points", nullable = false)
    private long starPoints;
    @Column(name = "contribution_star_level", nullable = false)
    private int contributionStarLevel;

    @Embedded
    private ServiceLevelOverride serviceLevelOverride;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Customer() {
    }

    public Customer(CustomerId id, MasterData data, Instant now) {
        this.id = id.value();
        this.createdAt = now;
        this.contributionStarLevel = StarLevel.UNRATED.number();
        replaceMasterData(data, now);
    }

    /** Core banking sends the whole record each time; star figures and overrides are kept. */
    public void replaceMasterData(MasterData data, Instant now) {
        this.name = data.name();
        this.phone = data.phone();
        this.status = data.status();
        this.blacklisted = data.blacklisted();
        this.riskLevel = data.riskLevel();
        this.creditRating = data.creditRating();
        this.holdings.clear();
        this.holdings.addAll(data.holdings());
        this.updatedAt = now;
    }

    /** Six months of business, reported per component; the contribution level follows at once. */
    public void reportStarFigures(Map<StarPointComponent, BigDecimal> figures, LocalDate periodEnd, Instant now) {
        // computed (and so validated) before anything changes: a refused report changes nothing
        StarRating rating = StarRating.of(figures);
        this.starFigures.clear();
        this.starFigures.putAll(figures);
        this.starFiguresPeriodEnd = periodEnd;
        this.starPoints = rating.starPoints();
        this.contributionStarLevel = rating.contribution().number();
        this.updatedAt = now;
    }

    /** Replaces the customer's segments (codes of 1-40 upper-case letters, digits, _ or -). */
    public void tagSegments(Set<String> codes, Instant now) {
        for (String code : codes) {
            if (code == null || !code.matches("[A-Z0-9_-]{1,40}")) {
                throw new InvalidRequestException("segments",
                        "segment codes are 1-40 upper-case letters, digits, _ or -");
            }
        }
        this.segments.clear();
        this.segments.addAll(codes);
        this.updatedAt = now;
    }

    public void recordAccountOpenedOn(LocalDate day, Instant now) {
        this.openedOn = day;
        this.updatedAt = now;
    }

    /** Assets held with the bank: the six-month average balances of short and medium/long-term assets. */
    public BigDecimal assets() {
        return StarRating.assets(starFigures);
    }

    public void overrideServiceLevel(ServiceLevelOverride override, Instant now) {
        this.serviceLevelOverride = override;
        this.updatedAt = now;
    }

    public void endServiceLevelOverride(Instant now) {
        this.serviceLevelOverride = null;
        this.updatedAt = now;
    }

    public StarLevel contributionStarLevel() {
        return StarLevel.ofNumber(contributionStarLevel);
    }

    /**
     * What benefits follow: the contribution level, raised (never lowered) by product holdings and
     * by a manual override still in force on the given day.
     */
    public ServiceLevel serviceLevelOn(LocalDate day) {
        return ServiceLevel.reached(contributionStarLevel(), starPoints, holdings, serviceLevelOverride, day);
    }

    public CustomerId id() { return new CustomerId(id); }
    public String name() { return name; }
    public String phone() { return phone; }
    public CustomerStatus status() { return status; }
    public boolean isBlacklisted() { return blacklisted; }
    public RiskLevel riskLevel() { return riskLevel; }
    public CreditRating creditRating() { return creditRating; }
    public Set<ProductHolding> holdings() { return Collections.unmodifiableSet(holdings); }
    public Map<StarPointComponent, BigDecimal> starFigures() { return Collections.unmodifiableMap(starFigures); }
    public LocalDate starFiguresPeriodEnd() { return starFiguresPeriodEnd; }
    public Set<String> segments() { return Collections.unmodifiableSet(segments); }
    public LocalDate openedOn() { return openedOn; }
    public long starPoints() { return starPoints; }
    public ServiceLevelOverride serviceLevelOverride() { return serviceLevelOverride; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
