package io.jifen.catalog;

/**
 * What the catalog is filtered by (null means "any") and the order it is listed in. Storefronts
 * see active gifts only; staff may include retired ones.
 */
public record CatalogQuery(GiftCategory category, Long minPoints, Long maxPoints, String text, String partner,
                           boolean activeOnly, CatalogSort sort) {
    public CatalogQuery {
        sort = sort == null ? CatalogSort.DEFAULT : sort;
    }

    /** A query in the default order (cheapest first). */
    public CatalogQuery(GiftCategory category, Long minPoints, Long maxPoints, String text, String partner,
                        boolean activeOnly) {
        this(category, minPoints, maxPoints, text, partner, activeOnly, CatalogSort.DEFAULT);
    }

    /** What the back office lists: any partner, any price, retired gifts too unless asked otherwise. */
    public static CatalogQuery forStaff(GiftCategory category, String text, boolean activeOnly, CatalogSort sort) {
        return new CatalogQuery(category, null, null, text, null, activeOnly, sort);
    }
}
