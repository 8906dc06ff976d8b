package io.jifen.api.procurement;

import static io.jifen.api.shared.ApiFormats.money;

import io.jifen.procurement.Budget;
import io.jifen.procurement.PurchaseOrder;
import io.jifen.procurement.PurchaseOrderLine;
import io.jifen.api.shared.TableExport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Purchase orders (one row per line) and budget lines as CSV (Commons CSV, UTF-8 with a BOM so
 * Excel reads the Chinese) or as an Excel workbook (Apache POI). Money cells in Excel are
 * numbers with two decimals; in CSV the same decimal strings as the API.
 */
@ApplicationScoped
public class ProcurementExports {
    public static final String CSV = TableExport.CSV;
    public static final String XLSX = TableExport.XLSX;

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
        return TableExport.answer(format, name, headers, rows);
    }
}
