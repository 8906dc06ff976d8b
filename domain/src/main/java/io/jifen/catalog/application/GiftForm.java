package io.jifen.catalog.application;

import io.jifen.shared.Points;
import io.jifen.catalog.Channel;
import io.jifen.catalog.Gift;
import io.jifen.catalog.GiftCategory;
import io.jifen.catalog.GiftDetails;
import io.jifen.catalog.GiftType;
import io.jifen.customers.CreditRating;
import io.jifen.customers.StarLevel;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.MultiLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Set;

/**
 * A gift as procurement fills it in, through the API (JSON bound by property name) or the admin UI
 * (a Binder bound by property name). Both validate this one set of constraints, so a field the UI
 * refuses is refused by the API with the same message, and the other way round. It is a mutable
 * JavaBean because both binders need one; the domain only ever sees the {@link GiftDetails} it makes.
 *
 * <p>The limits annotated here (the dearest price, the highest threshold) are {@link GiftDetails}'s
 * rules, named by its constants so the binders give early, per-field feedback; {@code GiftDetails}
 * refuses them again, so a path that skips validation (demo data, a batch) obeys them too.
 */
public class GiftForm implements Serializable {
    /** A yuan amount as the API writes money: up to 15 digits and at most two decimals, no sign. */
    public static final String AMOUNT = "^\\d{1,15}(\\.\\d{1,2})?$";

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "^[A-Za-z0-9._-]+$", message = "letters, digits, '.', '_' or '-'")
    private String sku;
    @NotBlank
    @Size(max = 200)
    private String name;
    @Size(max = 200)
    private String nameEn;
    @Size(max = 2000)
    @MultiLine
    private String description;
    @Size(max = 2000)
    @MultiLine
    private String descriptionEn;
    @NotNull
    private GiftCategory category;
    @NotNull
    private GiftType type;
    @NotNull
    @Min(1)
    @Max(GiftDetails.MAX_POINTS_PRICE)
    private Long pointsPrice;
    @Min(0)
    @Max(7)
    private Integer minStarLevel;
    private CreditRating minCreditRating;
    @NotEmpty
    @Size(max = 3)
    private Set<@NotNull Channel> channels;
    @Size(max = 50)
    private Set<@NotNull @Pattern(regexp = "^[A-Za-z0-9_-]{1,64}$") String> partners;
    @NotNull
    @Pattern(regexp = AMOUNT, message = "must be a yuan amount like 199.00")
    private String unitCost;
    @Min(0)
    @Max(GiftDetails.MAX_LOW_STOCK_THRESHOLD)
    private Integer lowStockThreshold;
    @Size(max = 500)
    @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
    private String imageUrl;

    public GiftForm() {
    }

    /** The form for changing a gift: everything it says now, including what a short form does not show. */
    public static GiftForm of(Gift gift) {
        var form = new GiftForm();
        form.sku = gift.sku();
        form.name = gift.nameZh();
        form.nameEn = gift.nameEn();
        form.description = gift.descriptionZh();
        form.descriptionEn = gift.descriptionEn();
        form.category = gift.category();
        form.type = gift.type();
        form.pointsPrice = gift.pointsPrice().value();
        form.minStarLevel = gift.minStarLevel().number();
        form.minCreditRating = gift.minCreditRating();
        form.channels = new HashSet<>(gift.channels());
        form.partners = new HashSet<>(gift.partners());
        form.unitCost = gift.unitCost().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        form.lowStockThreshold = gift.lowStockThreshold();
        form.imageUrl = gift.imageUrl();
        return form;
    }

    /**
     * The details the catalog takes, once the constraints above hold. Cross-field rules (an
     * e-voucher goes by e-voucher only, ...) are {@link GiftDetails}'s to refuse.
     */
    public GiftDetails toDetails() {
        int level = minStarLevel == null ? 0 : minStarLevel;
        if (level == 2) {
            throw new InvalidRequestException("minStarLevel", "there is no star level 2");
        }
        return new GiftDetails(sku, name, nameEn, description, descriptionEn, category, type, Points.of(pointsPrice),
                StarLevel.ofNumber(level), minCreditRating, channels, partners, new BigDecimal(unitCost),
                lowStockThreshold == null ? 0 : lowStockThreshold, imageUrl);
    }

    public String getSku() { return sku; }
    public void setSku(String sku) { this.sku = sku; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public GiftCategory getCategory() { return category; }
    public void setCategory(GiftCategory category) { this.category = category; }
    public GiftType getType() { return type; }
    public void setType(GiftType type) { this.type = type; }
    public Long getPointsPrice() { return pointsPrice; }
    public void setPointsPrice(Long pointsPrice) { this.pointsPrice = pointsPrice; }
    public Integer getMinStarLevel() { return minStarLevel; }
    public void setMinStarLevel(Integer minStarLevel) { this.minStarLevel = minStarLevel; }
    public CreditRating getMinCreditRating() { return minCreditRating; }
    public void setMinCreditRating(CreditRating minCreditRating) { this.minCreditRating = minCreditRating; }
    public Set<Channel> getChannels() { return channels; }
    public void setChannels(Set<Channel> channels) { this.channels = channels; }
    public Set<String> getPartners() { return partners; }
    public void setPartners(Set<String> partners) { this.partners = partners; }
    public String getUnitCost() { return unitCost; }
    public void setUnitCost(String unitCost) { this.unitCost = unitCost; }
    public Integer getLowStockThreshold() { return lowStockThreshold; }
    public void setLowStockThreshold(Integer lowStockThreshold) { this.lowStockThreshold = lowStockThreshold; }
    public String getImageUrl() { return imageUrl; }
    public void setImageUrl(String imageUrl) { this.imageUrl = imageUrl; }
}
