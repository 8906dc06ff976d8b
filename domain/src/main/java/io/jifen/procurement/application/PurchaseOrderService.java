package io.jifen.procurement.application;

import io.jifen.shared.Message;
import io.jifen.shared.GiftId;
import io.jifen.audit.application.AuditLog;
import io.jifen.catalog.CatalogRepository;
import io.jifen.catalog.StockAdjustment;
import io.jifen.catalog.UnknownGiftException;
import io.jifen.catalog.application.StockService;
import io.jifen.procurement.Budget;
import io.jifen.procurement.BudgetAlert;
import io.jifen.procurement.BudgetPeriod;
import io.jifen.procurement.GoodsReceipt;
import io.jifen.procurement.InvalidPurchaseOrderStateException;
import io.jifen.procurement.NoBudgetException;
import io.jifen.procurement.ProcurementRepository;
import io.jifen.procurement.PurchaseOrder;
import io.jifen.procurement.PurchaseOrderFilter;
import io.jifen.procurement.PurchaseOrderLine;
import io.jifen.procurement.PurchaseOrderStatus;
import io.jifen.procurement.QuoteComparison;
import io.jifen.procurement.UnknownPurchaseOrderException;
import io.jifen.procurement.UnknownSupplierException;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Money;
import io.jifen.shared.Paged;
import io.jifen.shared.security.AccessDeniedException;
import io.jifen.shared.security.Actor;
import io.jifen.shared.security.Actors;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Purchase orders from draft to received. Approval, receipt, close and cancel each lock the order
 * and then its budget (always in that order, so they cannot deadlock) and change both, the stock
 * and the audit trail in one transaction.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Roles.PROCUREMENT, Roles.ADMIN})
public class PurchaseOrderService {
    @Inject
    ProcurementRepository procurement;
    @Inject
    CatalogRepository catalog;
    @Inject
    StockService stock;
    @Inject
    ProcurementSettings settings;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;

    /** A line as a buyer asks for it; the unit price comes from the supplier's quote. */
    public record LineRequest(String giftId, int quantity, String locationCode) {
    }

    public record OrderPage(List<PurchaseOrder> items, int page, int size, long total) implements Paged<PurchaseOrder> {
    }

    public PurchaseOrder draft(String supplierId, BudgetPeriod period, LocalDate expectedBy, List<LineRequest> requests) {
        var quotes = procurement.quotesOfSupplier(supplierId);
        procurement.findSupplier(supplierId)
                .orElseThrow(() -> new UnknownSupplierException(supplierId));
        LocalDate today = LocalDate.ofInstant(clock.instant(), SupplierService.BANK_ZONE);
        List<PurchaseOrderLine> lines = new ArrayList<>();
        for (LineRequest request : requests) {
            catalog.findGift(new GiftId(request.giftId())).orElseThrow(() -> new UnknownGiftException(new GiftId(request.giftId())));
            stock.location(request.locationCode());
            var tier = QuoteComparison.tierFor(quotes.stream().filter(q -> q.giftId().equals(request.giftId())).toList(),
                    request.quantity(), today).orElseThrow(() -> new InvalidRequestException("lines",
                    Message.of("quote.none", supplierId, request.giftId(), String.valueOf(request.quantity()))));
            lines.add(new PurchaseOrderLine(request.giftId(), request.quantity(), tier.unitPrice().amount(),
                    request.locationCode()));
        }
        var order = new PurchaseOrder("PO-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12),
                supplierId, period, Money.CNY, expectedBy, lines, actor().name(), clock.instant());
        procurement.addOrder(order);
        audit.record("drafted purchase order", "purchase-order:" + order.id(),
                supplierId + ", " + order.total() + ", budget " + period.code());
        return order;
    }

    public PurchaseOrder submit(String id) {
        PurchaseOrder order = lock(id);
        order.submit(actor().name(), clock.instant());
        audit.record("submitted purchase order", "purchase-order:" + id, order.total().toString());
        return order;
    }

    /**
     * Approval by a second person. Above the configured amount only an admin approves; beyond
     * the available budget only an admin drawing on the reserve, with a reason.
     */
    public PurchaseOrder approve(String id, String reserveReason) {
        Actor actor = actor();
        PurchaseOrder order = lock(id);
        if (order.status() != PurchaseOrderStatus.SUBMITTED) {
            throw new InvalidPurchaseOrderStateException(id, order.status(), "approved");
        }
        order.checkFourEyes(actor.name());
        Money total = order.total();
        boolean admin = actor.hasAnyRole(Roles.ADMIN);
        if (total.compareTo(settings.adminApprovalAbove()) > 0 && !admin) {
            throw new AccessDeniedException(actor.name(), "approve orders above " + settings.adminApprovalAbove()
                    + " (an admin approves them)");
        }
        Budget budget = procurement.lockBudget(order.budgetPeriod().code())
                .orElseThrow(() -> new NoBudgetException(order.budgetPeriod().code()));
        boolean drawsOnReserve = !budget.fitsAvailable(total);
        boolean hasReason = reserveReason != null && !reserveReason.isBlank();
        if (drawsOnReserve && hasReason && !admin) {
            throw new AccessDeniedException(actor.name(), "draw on the contingency reserve (an admin does)");
        }
        var crossed = budget.commit(total, admin && hasReason, settings.alertThresholds());
        order.approve(actor.name(), drawsOnReserve ? reserveReason.strip() : null, clock.instant());
        raise(budget, crossed, id);
        audit.record(drawsOnReserve ? "approved purchase order on the reserve" : "approved purchase order",
                "purchase-order:" + id, total + (drawsOnReserve ? ", reserve: " + reserveReason.strip() : ""));
        return order;
    }

    /** Units in: accepted ones go into stock at the line's location; the budget moves from committed to spent. */
    public List<GoodsReceipt> receive(String id, List<PurchaseOrder.LineReceipt> parts) {
        String by = actor().name();
        PurchaseOrder order = lock(id);
        Budget budget = procurement.lockBudget(order.budgetPeriod().code())
                .orElseThrow(() -> new NoBudgetException(order.budgetPeriod().code()));
        List<GoodsReceipt> receipts = order.receive(parts, by, clock.instant());
        BigDecimal receivedValue = BigDecimal.ZERO;
        BigDecimal acceptedValue = BigDecimal.ZERO;
        for (GoodsReceipt receipt : receipts) {
            PurchaseOrderLine line = order.line(receipt.lineNo());
            receivedValue = receivedValue.add(line.value(receipt.received()));
            acceptedValue = acceptedValue.add(line.value(receipt.accepted()));
            procurement.addReceipt(receipt);
            if (receipt.accepted() > 0) {
                stock.putBack(new GiftId(receipt.giftId()), receipt.locationCode(), receipt.accepted());
                catalog.addAdjustment(new StockAdjustment(new GiftId(receipt.giftId()), receipt.locationCode(), receipt.accepted(),
                        catalog.stockAt(new GiftId(receipt.giftId()), receipt.locationCode()),
                        "received on " + id + " line " + receipt.lineNo(), by, receipt.receivedAt()));
            }
        }
        raise(budget, budget.receive(receivedValue, acceptedValue, settings.alertThresholds()), id);
        // recorded last: the audit log's head row is the last lock a transaction takes, so two
        // receipts sharing a gift cannot each hold what the other waits for
        for (GoodsReceipt receipt : receipts) {
            audit.record("received goods", "purchase-order:" + id, "line " + receipt.lineNo() + ": "
                    + receipt.received() + " received, " + receipt.accepted() + " accepted, " + receipt.rejected()
                    + " rejected" + (receipt.rejectReason() == null ? "" : " (" + receipt.rejectReason() + ")"));
        }
        return receipts;
    }

    public PurchaseOrder close(String id) {
        PurchaseOrder order = lock(id);
        Budget budget = procurement.lockBudget(order.budgetPeriod().code()).orElse(null);
        BigDecimal released = order.close(actor().name(), clock.instant());
        if (budget != null && released.signum() > 0) {
            budget.release(released);
        }
        audit.record("closed purchase order", "purchase-order:" + id, "released " + released.toPlainString());
        return order;
    }

    public PurchaseOrder cancel(String id, String reason) {
        PurchaseOrder order = lock(id);
        Budget budget = procurement.lockBudget(order.budgetPeriod().code()).orElse(null);
        BigDecimal released = order.cancel(reason.strip(), actor().name(), clock.instant());
        if (budget != null && released.signum() > 0) {
            budget.release(released);
        }
        audit.record("cancelled purchase order", "purchase-order:" + id, reason.strip());
        return order;
    }

    @RequiresRole({Roles.PROCUREMENT, Roles.ADMIN, Roles.AUDITOR})
    public PurchaseOrder find(String id) {
        return procurement.findOrder(id).orElseThrow(() -> new UnknownPurchaseOrderException(id));
    }

    @RequiresRole({Roles.PROCUREMENT, Roles.ADMIN, Roles.AUDITOR})
    public List<GoodsReceipt> receipts(String id) {
        find(id);
        return procurement.receiptsOf(id);
    }

    @RequiresRole({Roles.PROCUREMENT, Roles.ADMIN, Roles.AUDITOR})
    public OrderPage orders(PurchaseOrderStatus status, String period, int page, int size) {
        var filter = PurchaseOrderFilter.of(status, period);
        return new OrderPage(procurement.orders(filter, page * size, size), page, size, procurement.countOrders(filter));
    }

    @RequiresRole({Roles.PROCUREMENT, Roles.ADMIN, Roles.AUDITOR})
    public List<PurchaseOrder> ordersFrom(PurchaseOrderFilter filter, int offset, int limit) {
        return procurement.orders(filter, offset, limit);
    }

    @RequiresRole({Roles.PROCUREMENT, Roles.ADMIN, Roles.AUDITOR})
    public long countOrders(PurchaseOrderFilter filter) {
        return procurement.countOrders(filter);
    }

    private void raise(Budget budget, List<Integer> crossed, String orderId) {
        for (int threshold : crossed) {
            if (!procurement.hasAlert(budget.id(), threshold)) {
                procurement.addAlert(new BudgetAlert(budget, threshold, orderId, clock.instant()));
                audit.record("budget alert", "budget:" + budget.period().code(), threshold + "% of the spendable budget used");
            }
        }
    }

    private PurchaseOrder lock(String id) {
        return procurement.lockOrder(id).orElseThrow(() -> new UnknownPurchaseOrderException(id));
    }

    private static Actor actor() {
        return Actors.current();
    }
}
