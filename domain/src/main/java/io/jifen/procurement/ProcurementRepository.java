package io.jifen.procurement;

import io.jifen.shared.Sorting;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Storage for suppliers, quotes, purchase orders, receipts and budgets. */
public interface ProcurementRepository {
    void addSupplier(Supplier supplier);

    Optional<Supplier> findSupplier(String id);

    /** Suppliers whose name contains the text (any when null or blank), in the order asked for. */
    List<Supplier> suppliers(String nameContains, Sorting<SupplierSort> sorting, int offset, int limit);

    long countSuppliers(String nameContains);

    /** Supplier id to name for the ids given (unknown ids are left out). */
    Map<String, String> supplierNames(Collection<String> ids);

    void addQuote(Quote quote);

    List<Quote> quotesOfSupplier(String supplierId);

    List<Quote> quotesForGift(String giftId);

    List<Quote> quotesForGifts(List<String> giftIds);

    /** Units received and accepted, receipts and receipts on time, for the grade. */
    SupplierGrade.Record deliveryRecord(String supplierId, List<BigDecimal> priceRatios);

    void addOrder(PurchaseOrder order);

    Optional<PurchaseOrder> findOrder(String id);

    /** The order, its row locked for the rest of the transaction. */
    Optional<PurchaseOrder> lockOrder(String id);

    List<PurchaseOrder> orders(PurchaseOrderFilter filter, int offset, int limit);

    long countOrders(PurchaseOrderFilter filter);

    void addReceipt(GoodsReceipt receipt);

    List<GoodsReceipt> receiptsOf(String orderId);

    void addBudget(Budget budget);

    Optional<Budget> findBudget(String period);

    /** The budget, its row locked (PESSIMISTIC_WRITE) until the transaction ends. */
    Optional<Budget> lockBudget(String period);

    List<Budget> budgets();

    boolean hasAlert(long budgetId, int threshold);

    void addAlert(BudgetAlert alert);

    List<BudgetAlert> alerts(long budgetId);
}
