package io.jifen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.catalog.WarningSort;
import io.jifen.imports.ImportFileSort;
import io.jifen.points.EntrySort;
import io.jifen.risk.AlertSort;
import io.jifen.webhooks.DeliverySort;
import org.junit.jupiter.api.Test;

class SortingTest {
    @Test
    void a_list_asked_for_no_column_keeps_the_order_it_always_had() {
        assertThat(AlertSort.orderBy(Sorting.none())).isEqualTo(" order by a.raisedAt desc, a.id");
        assertThat(AlertSort.orderBy(null)).isEqualTo(" order by a.raisedAt desc, a.id");
        assertThat(ImportFileSort.orderBy(Sorting.none())).isEqualTo(" order by f.receivedAt desc, f.id");
        assertThat(EntrySort.orderBy(Sorting.none())).isEqualTo(" order by e.id desc");
    }

    @Test
    void a_chosen_column_is_followed_by_the_id_in_the_same_direction() {
        assertThat(AlertSort.orderBy(Sorting.by(AlertSort.RULE, true))).isEqualTo(" order by a.rule asc, a.id asc");
        assertThat(EntrySort.orderBy(Sorting.by(EntrySort.TIME, false)))
                .isEqualTo(" order by e.occurredAt desc, e.id desc");
        assertThat(EntrySort.orderBy(Sorting.by(EntrySort.TIME, true)))
                .isEqualTo(" order by e.occurredAt asc, e.id asc");
    }

    @Test
    void the_id_column_is_not_repeated_as_its_own_tie_breaker() {
        assertThat(DeliverySort.orderBy(Sorting.by(DeliverySort.ID, true))).isEqualTo(" order by d.id asc");
    }

    @Test
    void only_the_gifts_sku_makes_the_warning_list_read_the_gift() {
        assertThat(WarningSort.SKU.readsGift()).isTrue();
        assertThat(WarningSort.RAISED.readsGift()).isFalse();
        assertThat(WarningSort.orderBy(Sorting.by(WarningSort.SKU, false))).isEqualTo(" order by g.sku desc, w.id desc");
    }
}
