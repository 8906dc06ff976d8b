package io.jifen.ui.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.DataCommunicator;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.jifen.audit.application.AuditLog;
import io.jifen.shared.export.TableFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * CSV and Excel downloads of what a grid shows: its visible text columns with their headers, and
 * every row its current filter and sort give (not only the rows on screen), read page by page
 * from the same data provider the grid uses. The cells are the grid's own text, so a role sees in
 * the file exactly what it sees on screen, masked the same way. Component columns (buttons) are
 * left out. Each file taken out is recorded in the audit log (who, which list, how many rows).
 */
public final class GridExport {
    /** Rows read from the data provider per round trip. */
    static final int PAGE = 1_000;

    private GridExport() {
    }

    /** A CSV and an Excel link for the grid; the file is named after the list and the bank's day. */
    public static <T> HorizontalLayout buttons(ExportableGrid<T> grid, String name) {
        var ui = UI.getCurrent();
        var csv = new Anchor((DownloadHandler) event -> write(event, grid, name, false),
                ui.getTranslation("export.csv"));
        csv.setId(grid.getId().orElse(name) + "-export-csv");
        csv.getElement().setAttribute("download", true);
        csv.getElement().setAttribute("router-ignore", true);
        var xlsx = new Anchor((DownloadHandler) event -> write(event, grid, name, true),
                ui.getTranslation("export.xlsx"));
        xlsx.setId(grid.getId().orElse(name) + "-export-xlsx");
        xlsx.getElement().setAttribute("download", true);
        xlsx.getElement().setAttribute("router-ignore", true);
        var icon = VaadinIcon.DOWNLOAD_ALT.create();
        icon.setSize("var(--lumo-icon-size-s)");
        var bar = new HorizontalLayout(icon, csv, xlsx);
        bar.setSpacing(true);
        bar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        bar.addClassName("jifen-export");
        return bar;
    }

    private static <T> void write(DownloadEvent event, ExportableGrid<T> grid, String name, boolean excel) throws IOException {
        String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        event.setFileName(name + "-" + day + (excel ? ".xlsx" : ".csv"));
        event.setContentType(excel ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=UTF-8");
        // the columns, headers and query are the grid's state: read them as the UI would, under its lock
        List<ValueProvider<T, ?>> columns = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        event.getUI().accessSynchronously(() -> {
            for (Grid.Column<T> column : grid.getColumns()) {
                var text = grid.textOf(column);
                if (column.isVisible() && text.isPresent()) {
                    columns.add(text.get());
                    headers.add(column.getHeaderText() == null ? "" : column.getHeaderText());
                }
            }
        });
        AtomicLong written = new AtomicLong();
        Stream<List<Object>> rows = rows(event.getUI(), grid).map(item -> cells(columns, item))
                .peek(row -> written.incrementAndGet());
        OutputStream out = event.getOutputStream();
        if (excel) {
            TableFiles.writeXlsx(out, name, headers, rows);
        } else {
            TableFiles.writeCsv(out, headers, rows);
        }
        // on the record, as the audit log's own export is: who took which list out, and how much of it
        event.getUI().accessSynchronously(() -> Services.get(AuditLog.class)
                .exportedList(name, written.get(), excel ? "xlsx" : "csv"));
    }

    private static <T> List<Object> cells(List<ValueProvider<T, ?>> columns, T item) {
        List<Object> cells = new ArrayList<>(columns.size());
        for (ValueProvider<T, ?> column : columns) {
            Object value = column.apply(item);
            cells.add(value == null ? "" : value.toString());
        }
        return cells;
    }

    /** Every row the grid's filter and sort give, a page at a time, each page read under the UI lock. */
    private static <T> Stream<T> rows(UI ui, Grid<T> grid) {
        Iterator<T> pages = new Iterator<>() {
            private final List<T> buffer = new ArrayList<>();
            private int offset;
            private int next;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (next < buffer.size()) {
                    return true;
                }
                if (exhausted) {
                    return false;
                }
                buffer.clear();
                next = 0;
                ui.accessSynchronously(() -> buffer.addAll(page(grid, offset)));
                offset += buffer.size();
                exhausted = buffer.size() < PAGE;
                return !buffer.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return buffer.get(next++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> List<T> page(Grid<T> grid, int offset) {
        DataCommunicator<T> communicator = grid.getDataCommunicator();
        Query query = communicator.buildQuery(offset, PAGE);
        return (List<T>) communicator.getDataProvider().fetch(query).toList();
    }
}
