package io.jifen.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table as a file, for the API's downloads and the admin UI's exports alike: CSV (UTF-8 with a
 * byte-order mark, so Excel reads the Chinese) or an Excel workbook (Apache POI). Money stays the
 * exact decimal, as text.
 */
public final class TableFiles {
    /** Excel's last row is 1,048,576; a sheet keeps one for its header. */
    public static final int MAX_SHEET_ROWS = 1_048_575;

    private TableFiles() {
    }

    public static byte[] csv(List<String> headers, List<List<Object>> rows) {
        var out = new ByteArrayOutputStream();
        writeCsv(out, headers, rows.stream());
        return out.toByteArray();
    }

    public static byte[] xlsx(String sheetName, List<String> headers, List<List<Object>> rows) {
        var out = new ByteArrayOutputStream();
        writeXlsx(out, sheetName, headers, rows.stream());
        return out.toByteArray();
    }

    /** Writes the rows as they come, so an export of a million rows never holds them all. */
    public static void writeCsv(OutputStream out, List<String> headers, Stream<List<Object>> rows) {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // the byte-order mark first: the printer writes the header row as soon as it is made
        try (writer; var printer = new CSVPrinter(bom(writer), CSVFormat.DEFAULT.builder()
                .setHeader(headers.toArray(String[]::new)).get())) {
            for (var it = rows.iterator(); it.hasNext(); ) {
                printer.printRecord(it.next().stream().map(v -> v instanceof BigDecimal d ? money(d)
                        : v instanceof String text ? inert(text) : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a workbook keeping only a window of rows in memory (POI's streaming workbook); a
     * sheet holds at most {@link #MAX_SHEET_ROWS} rows, and the rest go on further sheets.
     */
    public static void writeXlsx(OutputStream out, String sheetName, List<String> headers, Stream<List<Object>> rows) {
        var workbook = new SXSSFWorkbook(500);
        try {
            CellStyle moneyStyle = workbook.createCellStyle();
            moneyStyle.setAlignment(HorizontalAlignment.RIGHT);
            Sheet sheet = null;
            int r = 0;
            int sheets = 0;
            for (var it = rows.iterator(); it.hasNext() || sheet == null; ) {
                if (sheet == null || r > MAX_SHEET_ROWS) {
                    sheets++;
                    sheet = workbook.createSheet(sheets == 1 ? sheetName : sheetName + " " + sheets);
                    Row head = sheet.createRow(0);
                    for (int c = 0; c < headers.size(); c++) {
                        head.createCell(c).setCellValue(headers.get(c));
                    }
                    r = 1;
                    continue;
                }
                Row row = sheet.createRow(r++);
                List<Object> values = it.next();
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    Object v = values.get(c);
                    if (v instanceof BigDecimal d) {
                        // POI numbers are doubles; money stays the exact decimal, as text, as in the API and CSV
                        cell.setCellValue(d.setScale(2, RoundingMode.HALF_EVEN).toPlainString());
                        cell.setCellStyle(moneyStyle);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(v == null ? "" : String.valueOf(v));
                    }
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static OutputStreamWriter bom(OutputStreamWriter writer) throws IOException {
        writer.write('\uFEFF');
        return writer;
    }

    /**
     * Text a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) is
     * prefixed with an apostrophe: a name typed at the sign-in page must not become a formula in
     * an auditor's Excel.
     */
    static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
