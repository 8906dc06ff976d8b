package io.jifen.catalog;

import io.jifen.shared.Message;
import io.jifen.shared.Points;
import io.jifen.customers.CreditRating;
import io.jifen.customers.StarLevel;
import io.jifen.shared.InvalidRequestException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/** Everything procurement says about a gift when adding or changing it. */
public record GiftDetails(String sku, String nameZh, String nameEn, String descriptionZh, String descriptionEn,
                          GiftCategory category, GiftType type, Points pointsPrice, StarLevel minStarLevel,
                          CreditRating minCreditRating, Set<Channel> channels, Set<String> partners,
                          BigDecimal unitCost, int lowStockThreshold, String imageUrl) {
    /** The dearest a gift may be, in points. */
    public static final long MAX_POINTS_PRICE = 100_000_000;
    /** The highest low-stock threshold a gift may have. */
    public static final int MAX_LOW_STOCK_THRESHOLD = 1_000_000;

    public GiftDetails {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unitCost, "unitCost");
        if (pointsPrice == null || !pointsPrice.isPositive()) {
            throw new InvalidRequestException("pointsPrice", "a gift costs points");
        }
        if (pointsPrice.value() > MAX_POINTS_PRICE) {
            throw new InvalidRequestException("pointsPrice", Message.of("gift.pointsPriceTooHigh", String.valueOf(MAX_POINTS_PRICE)));
        }
        if (channels == null || channels.isEmpty()) {
            throw new InvalidRequestException("channels", "a gift needs a channel");
        }
        if (type == GiftType.E_VOUCHER && !channels.equals(Set.of(Channel.E_VOUCHER))) {
            throw new InvalidRequestException("channels", "an e-voucher is delivered as an e-voucher only");
        }
        if (type != GiftType.E_VOUCHER && channels.contains(Channel.E_VOUCHER)) {
            throw new InvalidRequestException("channels", "only e-voucher gifts go through the e-voucher channel");
        }
        if (lowStockThreshold < 0 || lowStockThreshold > MAX_LOW_STOCK_THRESHOLD) {
            throw new InvalidRequestException("lowStockThreshold", Message.of("gift.lowStockThresholdRange",
                    String.valueOf(MAX_LOW_STOCK_THRESHOLD)));
        }
        if (unitCost.signum() < 0) {
            throw new InvalidRequestException("unitCost", "a unit cost is 0 or more");
        }
        minStarLevel = minStarLevel == null ? StarLevel.UNRATED : minStarLevel;
        channels = Set.copyOf(channels);
        partners = partners == null ? Set.of() : Set.copyOf(partners);
    }
}
