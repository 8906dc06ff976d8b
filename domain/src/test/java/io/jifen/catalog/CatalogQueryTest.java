package io.jifen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogQueryTest {
    @Test
    void a_query_without_an_order_lists_the_cheapest_gifts_first() {
        assertThat(new CatalogQuery(null, null, null, null, null, true).sort()).isEqualTo(CatalogSort.POINTS_ASC);
        assertThat(CatalogQuery.forStaff(null, null, false, null).sort()).isEqualTo(CatalogSort.POINTS_ASC);
    }

    @Test
    void staff_see_retired_gifts_unless_they_ask_for_active_ones_only() {
        assertThat(CatalogQuery.forStaff(GiftCategory.GOLF, "球", false, CatalogSort.SKU_DESC))
                .isEqualTo(new CatalogQuery(GiftCategory.GOLF, null, null, "球", null, false, CatalogSort.SKU_DESC));
    }
}
