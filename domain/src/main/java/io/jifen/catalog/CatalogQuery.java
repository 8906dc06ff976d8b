package io.jifen.catalog;

/** What a storefront filters the catalog by; null means "any". */
public record CatalogQuery(GiftCategory category, Long minPoints, Long maxPoints, String text, String partner,
                           boolean activeOnly) {
}
