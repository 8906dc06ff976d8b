package io.jifen.api.procurement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import static io.jifen.api.shared.ApiFormats.money;

import io.jifen.procurement.Budget;
import io.jifen.procurement.BudgetAlert;
import io.jifen.procurement.GoodsReceipt;
import io.jifen.procurement.PurchaseOrder;
import io.jifen.procurement.PurchaseOrderLine;
import io.jifen.procurement.Quote;
import io.jifen.procurement.QuoteComparison;
import io.jifen.procurement.Supplier;
import io.jifen.procurement.SupplierContact;
import io.jifen.procurement.SupplierGrade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/** How procurement looks on the wire: money as decimal strings with the currency beside them. */
public final class ProcurementViews {
    private ProcurementViews() {
    }

    public record ContactView(String name, String phone, String email) {
        static ContactView of(SupplierContact c) {
            return new ContactView(c.name(), c.phone(), c.email());
        }
    }

    public record GradeView(String grade, String score, List<String> why) {
        static GradeView of(SupplierGrade g) {
            return new GradeView(g.grade(), g.score().toPlainString(), g.why());
        }
    }

    public record QuoteView(long id, String supplierId, String giftId, int minQuantity, String unitPrice,
                            String currency, LocalDate validFrom, LocalDate validTo) {
        static QuoteView of(Quote q) {
            return new QuoteView(q.id(), q.supplierId(), q.giftId(), q.minQuantity(), money(q.unitPrice().amount()),
                    q.unitPrice().currency().getCurrencyCode(), q.validFrom(), q.validTo());
        }
    }

    public record SupplierView(String id, String name, List<ContactView> contacts, Instant createdAt, GradeView grade,
                               List<QuoteView> quotes) {
        static SupplierView of(Supplier s, SupplierGrade grade, List<Quote> quotes) {
            return new SupplierView(s.id(), s.name(), s.contacts().stream().map(ContactView::of).toList(),
                    s.createdAt(), grade == null ? null : GradeView.of(grade),
                    quotes == null ? null : quotes.stream().map(QuoteView::of).toList());
        }
    }

    public record OfferView(String supplierId, String supplierName, int tierMinQuantity, String unitPrice, String total,
                            String currency, boolean cheapest) {
    }

    public record ComparisonView(String giftId, int quantity, LocalDate on, List<OfferView> offers,
                                 String cheapestSupplierId) {
        static ComparisonView of(QuoteComparison c, Function<String, String> names) {
            return new ComparisonView(c.giftId(), c.quantity(), c.day(), c.offers().stream()
                    .map(o -> new OfferView(o.supplierId(), names.apply(o.supplierId()), o.tierMinQuantity(),
                            money(o.unitPrice().amount()), money(o.total().amount()),
                            o.unitPrice().currency().getCurrencyCode(), o.cheapest())).toList(),
                    c.cheapest().map(QuoteComparison.Offer::supplierId).orElse(null));
        }
    }

    public record LineView(int lineNo, String giftId, int quantity, String unitPrice, String total, String location,
                           int received, int accepted, int rejected, int outstanding) {
        static LineView of(int lineNo, PurchaseOrderLine l) {
            return new LineView(lineNo, l.giftId(), l.quantity(), money(l.unitPrice()), money(l.total()),
                    l.locationCode(), l.receivedQuantity(), l.acceptedQuantity(), l.rejectedQuantity(), l.outstanding());
        }
    }

    public record ReceiptView(long id, int lineNo, String giftId, String location, int received, int accepted,
                              int rejected, String rejectReason, boolean onTime, String receivedBy, Instant receivedAt) {
        static ReceiptView of(GoodsReceipt r) {
            return new ReceiptView(r.id(), r.lineNo(), r.giftId(), r.locationCode(), r.received(), r.accepted(),
                    r.rejected(), r.rejectReason(), r.onTime(), r.receivedBy(), r.receivedAt());
        }
    }

    public record PurchaseOrderView(String id, String supplierId, String budgetPeriod, String status, String total,
                                    String outstanding, String currency, LocalDate expectedBy, List<LineView> lines,
                                    String createdBy, Instant createdAt, String submittedBy, Instant submittedAt,
                                    String approvedBy, Instant approvedAt, String reserveReason, String closedBy,
                                    Instant closedAt, String cancelReason, List<ReceiptView> receipts) {
        static PurchaseOrderView of(PurchaseOrder o, List<GoodsReceipt> receipts) {
            List<PurchaseOrderLine> lines = o.lines();
            return new PurchaseOrderView(o.id(), o.supplierId(), o.budgetPeriod().code(), o.status().name(),
                    money(o.total().amount()), money(o.outstandingValue()), o.currency().getCurrencyCode(),
                    o.expectedBy(), IntStream.range(0, lines.size()).mapToObj(i -> LineView.of(i + 1, lines.get(i)))
                    .toList(), o.createdBy(), o.createdAt(), o.submittedBy(), o.submittedAt(), o.approvedBy(),
                    o.approvedAt(), o.reserveReason(), o.closedBy(), o.closedAt(), o.cancelReason(),
                    receipts == null ? null : receipts.stream().map(ReceiptView::of).toList());
        }
    }

    @Schema(name = "BudgetAlertView")

    public record AlertView(long id, int thresholdPercent, String used, String spendable, String orderId,
                            Instant raisedAt) {
        static AlertView of(BudgetAlert a) {
            return new AlertView(a.id(), a.thresholdPercent(), money(a.used()), money(a.spendable()), a.orderId(),
                    a.raisedAt());
        }
    }

    public record BudgetView(String period, String currency, String allocated, String reservePercent, String reserve,
                             String spendable, String committed, String spent, String available, String reserveLeft,
                             String usedPercent, List<Integer> alertThresholds, List<AlertView> alerts) {
        static BudgetView of(Budget b, List<Integer> thresholds, List<BudgetAlert> alerts) {
            var a = b.amounts();
            return new BudgetView(b.period().code(), b.currency().getCurrencyCode(), money(a.allocated()),
                    b.reservePercent().stripTrailingZeros().toPlainString(), money(a.reserve()), money(a.spendable()),
                    money(a.committed()), money(a.spent()), money(a.available()), money(a.reserveLeft()),
                    a.usedPercent().toPlainString(), thresholds,
                    alerts == null ? null : alerts.stream().map(AlertView::of).toList());
        }
    }

    static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
