package io.jifen.catalog;

/**
 * The order gifts are listed in. Every order ends on the gift id, so paging through a sorted list
 * neither repeats nor skips a gift when several share a price or a name.
 */
public enum CatalogSort {
    POINTS_ASC, POINTS_DESC, NAME_ASC, NAME_DESC, NAME_EN_ASC, NAME_EN_DESC, SKU_ASC, SKU_DESC;

    /** Storefronts see the cheapest gifts first. */
    public static final CatalogSort DEFAULT = POINTS_ASC;
}
