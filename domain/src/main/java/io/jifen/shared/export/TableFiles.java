package io.jifen.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table as a file, for the API's downloads and the admin UI's exports alike: CSV (UTF-8 with a
 * byte-order mark, so Excel reads the Chinese) or an Excel workbook (Apache POI). Money stays the
 * exact decimal, as text.
 */
public final class TableFiles {
    private TableFiles() {
    }

    public static byte[] csv(List<String> headers, List<List<Object>> rows) {
        var out = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             var printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                     .setHeader(headers.toArray(String[]::new)).get())) {
            writer.write('\uFEFF');
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(v -> v instanceof BigDecimal d ? money(d)
                        : v instanceof String text ? inert(text) : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(String sheetName, List<String> headers, List<List<Object>> rows) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle moneyStyle = workbook.createCellStyle();
            moneyStyle.setAlignment(HorizontalAlignment.RIGHT);
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                head.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
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
                        cell.setCellValue(String.valueOf(v));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
