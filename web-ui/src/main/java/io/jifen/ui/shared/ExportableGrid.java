package io.jifen.ui.shared;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.function.ValueProvider;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The grid every list of the back office uses. It remembers what each text column shows, so
 * {@link GridExport} can write the same text to a file (Vaadin keeps those value providers private
 * inside its renderers); and when its rows are in memory, every text column sorts, by the value it
 * shows (numbers and amounts as numbers, the rest as text), unless the view sorted it its own way.
 * A lazy grid sorts only the columns its query can sort, which its view declares.
 */
public class ExportableGrid<T> extends Grid<T> {
    private final Map<Column<T>, ValueProvider<T, ?>> texts = new IdentityHashMap<>();

    @Override
    public Column<T> addColumn(ValueProvider<T, ?> valueProvider) {
        Column<T> column = super.addColumn(valueProvider);
        texts.put(column, valueProvider);
        return column;
    }

    @Override
    public GridListDataView<T> setItems(ListDataProvider<T> dataProvider) {
        texts.forEach((column, text) -> {
            if (!column.isSortable()) {
                column.setComparator((a, b) -> compareShown(text.apply(a), text.apply(b)));
            }
        });
        return super.setItems(dataProvider);
    }

    /** The text a column shows for an item, or empty for a column of components. */
    Optional<ValueProvider<T, ?>> textOf(Column<T> column) {
        return Optional.ofNullable(texts.get(column));
    }

    /** Values as shown: "¥1,200.00" after "¥950.00", "10+" after "2+", dates in order, else by text. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareShown(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Comparable ca && !(a instanceof String) && a.getClass() == b.getClass()) {
            return ca.compareTo(b);
        }
        BigDecimal na = number(a.toString());
        BigDecimal nb = number(b.toString());
        if (na != null && nb != null) {
            return na.compareTo(nb);
        }
        return a.toString().compareTo(b.toString());
    }

    private static BigDecimal number(String shown) {
        String digits = shown.strip().replaceAll("^[¥$€£]|[,\\s+%]|件$", "");
        if (!digits.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(digits);
    }
}
