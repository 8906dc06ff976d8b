package io.jifen.ui.shared;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import io.jifen.shared.Sorting;
import java.util.List;

/**
 * A lazy grid's column sort as the list's {@link Sorting}. A column the database can sort declares
 * the enum constant's name as its sort property ({@code setSortProperty("TIME")}); a column without
 * one stays unsortable, and a grid sorted by nothing keeps the list's own order.
 */
public final class GridSorting {
    private GridSorting() {
    }

    public static <C extends Enum<C> & Sorting.Column> Sorting<C> of(List<QuerySortOrder> sortOrders,
                                                                      Class<C> columns) {
        if (sortOrders == null || sortOrders.isEmpty()) {
            return Sorting.none();
        }
        QuerySortOrder first = sortOrders.getFirst();
        return Sorting.by(Enum.valueOf(columns, first.getSorted()), first.getDirection() == SortDirection.ASCENDING);
    }
}
