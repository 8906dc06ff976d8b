package io.jifen.catalog;

/** What partners filter the catalog by (domain.md's gift kinds). */
public enum GiftCategory {
    ELECTRONICS, HOUSEHOLD, REGIONAL_SPECIALITIES, TRAVEL, HEALTH_CHECKUP, AIRPORT_LOUNGE, GOLF,
    DINING, SHOPPING_VOUCHER, CARD_FEE_WAIVER, FEE_OFFSET
}
