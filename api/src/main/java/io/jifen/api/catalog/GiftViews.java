package io.jifen.api.catalog;

import io.jifen.api.shared.ApiFormats;
import io.jifen.catalog.Channel;
import io.jifen.catalog.Gift;
import io.jifen.catalog.GiftCategory;
import io.jifen.catalog.GiftStatus;
import io.jifen.catalog.GiftType;
import io.jifen.customers.CreditRating;
import io.jifen.shared.Reason;
import java.util.List;
import java.util.Map;

/** Gifts as storefronts and staff see them. */
public final class GiftViews {
    private GiftViews() {
    }

    /** A catalog item (api.md); redeemable and reasons only when a customer was named. */
    public record CatalogItem(String id, String sku, String name, String description, GiftCategory category,
                              GiftType type, long pointsPrice, int minStarLevel, List<Channel> channels,
                              boolean inStock, String imageUrl, Boolean redeemable, List<Reason> reasons) {
        static CatalogItem of(Gift gift, long stock, boolean english, List<Reason> refusals) {
            return new CatalogItem(gift.id().value(), gift.sku(), gift.name(english), gift.description(english),
                    gift.category(), gift.type(), gift.pointsPrice().value(), gift.minStarLevel().number(),
                    gift.channels().stream().sorted().toList(), stock > 0, gift.imageUrl(),
                    refusals == null ? null : refusals.isEmpty(),
                    refusals == null || refusals.isEmpty() ? null : refusals);
        }
    }

    /** The whole gift for procurement, with stock per location. */
    public record GiftAdminView(String id, String sku, String name, String nameEn, String description,
                                String descriptionEn, GiftCategory category, GiftType type, long pointsPrice,
                                int minStarLevel, CreditRating minCreditRating, List<Channel> channels,
                                List<String> partners, String unitCost, int lowStockThreshold, String imageUrl,
                                GiftStatus status, long totalStock, Map<String, Long> stockByLocation) {
        static GiftAdminView of(Gift gift, Map<String, Long> stock) {
            return new GiftAdminView(gift.id().value(), gift.sku(), gift.nameZh(), gift.nameEn(), gift.descriptionZh(),
                    gift.descriptionEn(), gift.category(), gift.type(), gift.pointsPrice().value(),
                    gift.minStarLevel().number(), gift.minCreditRating(), gift.channels().stream().sorted().toList(),
                    gift.partners().stream().sorted().toList(), ApiFormats.money(gift.unitCost()),
                    gift.lowStockThreshold(), gift.imageUrl(), gift.status(),
                    stock.values().stream().mapToLong(Long::longValue).sum(), stock);
        }
    }
}
