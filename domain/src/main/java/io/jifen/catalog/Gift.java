package io.jifen.catalog;

import io.jifen.shared.GiftId;
import io.jifen.shared.Points;
import io.jifen.customers.CreditRating;
import io.jifen.customers.StarLevel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A gift customers can redeem points for, in Chinese and English. */
@Entity
@Table(name = "gift")
public class Gift {
    @Id
    @Column(name = "id", length = 40)
    private String id;
    @Column(name = "sku", nullable = false, length = 64)
    private String sku;
    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;
    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;
    @Column(name = "description_zh", length = 2000)
    private String descriptionZh;
    @Column(name = "description_en", length = 2000)
    private String descriptionEn;
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 32)
    private GiftCategory category;
    @Enumerated(EnumType.STRING)
    @Column(name = "gift_type", nullable = false, length = 24)
    private GiftType type;
    @Column(name = "points_price", nullable = false)
    private long pointsPrice;
    @Column(name = "min_star_level", nullable = false)
    private int minStarLevel;
    @Enumerated(EnumType.STRING)
    @Column(name = "min_credit_rating", length = 8)
    private CreditRating minCreditRating;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "gift_channel", joinColumns = @JoinColumn(name = "gift_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 16)
    private Set<Channel> channels = EnumSet.noneOf(Channel.class);
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "gift_partner", joinColumns = @JoinColumn(name = "gift_id"))
    @Column(name = "partner_id", length = 64)
    private Set<String> partners = new HashSet<>();
    @Column(name = "unit_cost", nullable = false, precision = 19, scale = 2)
    private BigDecimal unitCost;
    @Column(name = "low_stock_threshold", nullable = false)
    private int lowStockThreshold;
    @Column(name = "image_url", length = 500)
    private String imageUrl;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private GiftStatus status;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Gift() {
    }

    public Gift(GiftId id, GiftDetails details, Instant now) {
        this.id = id.value();
        this.status = GiftStatus.ACTIVE;
        this.createdAt = now;
        change(details, now);
    }

    public void change(GiftDetails details, Instant now) {
        this.sku = details.sku();
        this.nameZh = details.nameZh();
        this.nameEn = details.nameEn() == null || details.nameEn().isBlank() ? details.nameZh() : details.nameEn();
        this.descriptionZh = details.descriptionZh();
        this.descriptionEn = details.descriptionEn() == null ? details.descriptionZh() : details.descriptionEn();
        this.category = details.category();
        this.type = details.type();
        this.pointsPrice = details.pointsPrice().value();
        this.minStarLevel = details.minStarLevel().number();
        this.minCreditRating = details.minCreditRating();
        this.channels.clear();
        this.channels.addAll(details.channels());
        this.partners.clear();
        this.partners.addAll(details.partners());
        this.unitCost = details.unitCost();
        this.lowStockThreshold = details.lowStockThreshold();
        this.imageUrl = details.imageUrl();
        this.updatedAt = now;
    }

    public void retire(Instant now) {
        this.status = GiftStatus.RETIRED;
        this.updatedAt = now;
    }

    /** Offered through a partner when the gift names no partners (all may) or names this one. */
    public boolean isOfferedBy(String partner) {
        return partners.isEmpty() || (partner != null && partners.contains(partner));
    }

    public boolean isActive() {
        return status == GiftStatus.ACTIVE;
    }

    public String name(boolean english) {
        return english ? nameEn : nameZh;
    }

    public String description(boolean english) {
        return english ? descriptionEn : descriptionZh;
    }

    public GiftId id() { return new GiftId(id); }
    public String sku() { return sku; }
    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }
    public String descriptionZh() { return descriptionZh; }
    public String descriptionEn() { return descriptionEn; }
    public GiftCategory category() { return category; }
    public GiftType type() { return type; }
    public Points pointsPrice() { return Points.of(pointsPrice); }
    public StarLevel minStarLevel() { return StarLevel.ofNumber(minStarLevel); }
    public CreditRating minCreditRating() { return minCreditRating; }
    public Set<Channel> channels() { return Collections.unmodifiableSet(channels); }
    public Set<String> partners() { return Collections.unmodifiableSet(partners); }
    public BigDecimal unitCost() { return unitCost; }
    public int lowStockThreshold() { return lowStockThreshold; }
    public String imageUrl() { return imageUrl; }
    public GiftStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
