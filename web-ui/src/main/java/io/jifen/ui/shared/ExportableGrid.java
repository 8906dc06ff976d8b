package io.jifen.ui.shared;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A grid that remembers what each text column shows, so {@link GridExport} can write the same
 * text to a file: the value providers Vaadin keeps private inside its renderers.
 */
public class ExportableGrid<T> extends Grid<T> {
    private final Map<Column<T>, ValueProvider<T, ?>> texts = new IdentityHashMap<>();

    @Override
    public Column<T> addColumn(ValueProvider<T, ?> valueProvider) {
        Column<T> column = super.addColumn(valueProvider);
        texts.put(column, valueProvider);
        return column;
    }

    /** The text a column shows for an item, or empty for a column of components. */
    Optional<ValueProvider<T, ?>> textOf(Column<T> column) {
        return Optional.ofNullable(texts.get(column));
    }
}
