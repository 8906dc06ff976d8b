package io.jifen.api.shared;

import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.export.TableFiles;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A table as a download: CSV (UTF-8 with a byte-order mark, so Excel reads the Chinese) or an
 * Excel workbook (Apache POI). Money stays the exact decimal, as text.
 */
public final class TableExport {
    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableExport() {
    }

    /** format csv (the default) or xlsx; anything else is a 400 on the field format. */
    public static Response answer(String format, String name, List<String> headers, List<List<Object>> rows) {
        String kind = format == null || format.isBlank() ? "csv" : format.trim().toLowerCase();
        return switch (kind) {
            case "csv" -> Response.ok(TableFiles.csv(headers, rows), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
            case "xlsx" -> Response.ok(TableFiles.xlsx(name, headers, rows), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
            default -> throw new InvalidRequestException("format", "csv or xlsx");
        };
    }
}
