package io.jifen.api.procurement;

import static io.jifen.api.shared.ApiFormats.money;

import io.jifen.procurement.Budget;
import io.jifen.procurement.PurchaseOrder;
import io.jifen.procurement.PurchaseOrderLine;
import io.jifen.shared.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * Purchase orders (one row per line) and budget lines as CSV (Commons CSV, UTF-8 with a BOM so
 * Excel reads the Chinese) or as an Excel workbook (Apache POI). Money cells in Excel are
 * numbers with two decimals; in CSV the same decimal strings as the API.
 */
@ApplicationScoped
public class ProcurementExports {
    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<String> ORDER_HEADERS = List.of("orderId", "supplierId", "budgetPeriod", "status",
            "lineNo", "giftId", "location", "quantity", "unitPrice", "lineTotal", "received", "accepted", "rejected",
            "currency", "createdBy", "submittedBy", "approvedBy");
    private static final List<String> BUDGET_HEADERS = List.of("period", "currency", "allocated", "reservePercent",
            "reserve", "spendable", "committed", "spent", "available", "reserveLeft", "usedPercent");

    public Response purchaseOrders(String format, List<PurchaseOrder> orders) {
        List<List<Object>> rows = new ArrayList<>();
        for (PurchaseOrder o : orders) {
            List<PurchaseOrderLine> lines = o.lines();
            for (int i = 0; i < lines.size(); i++) {
                PurchaseOrderLine l = lines.get(i);
                rows.add(List.of(o.id(), o.supplierId(), o.budgetPeriod().code(), o.status().name(), i + 1,
                        l.giftId(), l.locationCode(), l.quantity(), l.unitPrice(), l.total(), l.receivedQuantity(),
                        l.acceptedQuantity(), l.rejectedQuantity(), o.currency().getCurrencyCode(), o.createdBy(),
                        nullable(o.submittedBy()), nullable(o.approvedBy())));
            }
        }
        return answer(format, "purchase-orders", ORDER_HEADERS, rows);
    }

    public Response budgets(String format, List<Budget> budgets) {
        List<List<Object>> rows = budgets.stream().map(b -> {
            var a = b.amounts();
            return List.<Object>of(b.period().code(), b.currency().getCurrencyCode(), a.allocated(),
                    b.reservePercent(), a.reserve(), a.spendable(), a.committed(), a.spent(), a.available(),
                    a.reserveLeft(), a.usedPercent());
        }).toList();
        return answer(format, "budgets", BUDGET_HEADERS, rows);
    }

    private static Object nullable(String value) {
        return value == null ? "" : value;
    }

    private static Response answer(String format, String name, List<String> headers, List<List<Object>> rows) {
        String kind = format == null || format.isBlank() ? "csv" : format.trim().toLowerCase();
        return switch (kind) {
            case "csv" -> Response.ok(csv(headers, rows), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
            case "xlsx" -> Response.ok(xlsx(name, headers, rows), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
            default -> throw new InvalidRequestException("format", "csv or xlsx");
        };
    }

    static byte[] csv(List<String> headers, List<List<Object>> rows) {
        var out = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             var printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                     .setHeader(headers.toArray(String[]::new)).get())) {
            writer.write('\uFEFF');
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(v -> v instanceof BigDecimal d ? money(d) : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(String sheetName, List<String> headers, List<List<Object>> rows) {
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
}
