package io.jifen.procurement.persistence;

import io.jifen.procurement.Budget;
import io.jifen.procurement.BudgetAlert;
import io.jifen.procurement.GoodsReceipt;
import io.jifen.procurement.ProcurementRepository;
import io.jifen.procurement.PurchaseOrder;
import io.jifen.procurement.PurchaseOrderStatus;
import io.jifen.procurement.Quote;
import io.jifen.procurement.Supplier;
import io.jifen.procurement.SupplierGrade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProcurementRepository implements ProcurementRepository {
    @PersistenceContext(unitName = "jifen")
    EntityManager em;

    @Override
    public void addSupplier(Supplier supplier) {
        em.persist(supplier);
    }

    @Override
    public Optional<Supplier> findSupplier(String id) {
        return Optional.ofNullable(em.find(Supplier.class, id));
    }

    @Override
    public List<Supplier> suppliers(int offset, int limit) {
        return em.createQuery("select s from Supplier s order by s.name, s.id", Supplier.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countSuppliers() {
        return em.createQuery("select count(s) from Supplier s", Long.class).getSingleResult();
    }

    @Override
    public void addQuote(Quote quote) {
        em.persist(quote);
    }

    @Override
    public List<Quote> quotesOfSupplier(String supplierId) {
        return em.createQuery("select q from Quote q where q.supplierId = :s order by q.giftId, q.minQuantity, q.id",
                Quote.class).setParameter("s", supplierId).getResultList();
    }

    @Override
    public List<Quote> quotesForGift(String giftId) {
        return em.createQuery("select q from Quote q where q.giftId = :g order by q.supplierId, q.minQuantity, q.id",
                Quote.class).setParameter("g", giftId).getResultList();
    }

    @Override
    public List<Quote> quotesForGifts(List<String> giftIds) {
        if (giftIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select q from Quote q where q.giftId in :g order by q.id", Quote.class)
                .setParameter("g", giftIds).getResultList();
    }

    @Override
    public SupplierGrade.Record deliveryRecord(String supplierId, List<BigDecimal> priceRatios) {
        Object[] row = em.createQuery("""
                        select coalesce(sum(r.received), 0), coalesce(sum(r.accepted), 0), count(r)
                        from GoodsReceipt r where r.supplierId = :s""", Object[].class)
                .setParameter("s", supplierId).getSingleResult();
        // a bound parameter, not a boolean literal: EclipseLink writes "= true" as "= 1", which H2 refuses
        long onTime = em.createQuery("select count(r) from GoodsReceipt r where r.supplierId = :s and r.onTime = :yes",
                Long.class).setParameter("s", supplierId).setParameter("yes", Boolean.TRUE).getSingleResult();
        return new SupplierGrade.Record(number(row[0]), number(row[1]), number(row[2]), onTime, priceRatios);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    public void addOrder(PurchaseOrder order) {
        em.persist(order);
    }

    @Override
    public Optional<PurchaseOrder> findOrder(String id) {
        return Optional.ofNullable(em.find(PurchaseOrder.class, id));
    }

    @Override
    public Optional<PurchaseOrder> lockOrder(String id) {
        return Optional.ofNullable(em.find(PurchaseOrder.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<PurchaseOrder> orders(PurchaseOrderStatus status, String period, int offset, int limit) {
        return filtered("select o from PurchaseOrder o", status, period, " order by o.createdAt desc, o.id",
                PurchaseOrder.class).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countOrders(PurchaseOrderStatus status, String period) {
        return filtered("select count(o) from PurchaseOrder o", status, period, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, PurchaseOrderStatus status, String period, String order,
                                       Class<T> type) {
        String where = " where 1 = 1" + (status == null ? "" : " and o.status = :status")
                + (period == null ? "" : " and o.budgetPeriod = :period");
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (period != null) {
            query.setParameter("period", period);
        }
        return query;
    }

    @Override
    public void addReceipt(GoodsReceipt receipt) {
        em.persist(receipt);
    }

    @Override
    public List<GoodsReceipt> receiptsOf(String orderId) {
        return em.createQuery("select r from GoodsReceipt r where r.orderId = :o order by r.id", GoodsReceipt.class)
                .setParameter("o", orderId).getResultList();
    }

    @Override
    public void addBudget(Budget budget) {
        em.persist(budget);
        em.flush();
    }

    @Override
    public Optional<Budget> findBudget(String period) {
        return em.createQuery("select b from Budget b where b.period = :p", Budget.class)
                .setParameter("p", period).getResultStream().findFirst();
    }

    @Override
    public Optional<Budget> lockBudget(String period) {
        return em.createQuery("select b from Budget b where b.period = :p", Budget.class)
                .setParameter("p", period).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<Budget> budgets() {
        return em.createQuery("select b from Budget b order by b.period desc", Budget.class).getResultList();
    }

    @Override
    public boolean hasAlert(long budgetId, int threshold) {
        return em.createQuery("select count(a) from BudgetAlert a where a.budgetId = :b and a.thresholdPercent = :t",
                Long.class).setParameter("b", budgetId).setParameter("t", threshold).getSingleResult() > 0;
    }

    @Override
    public void addAlert(BudgetAlert alert) {
        em.persist(alert);
    }

    @Override
    public List<BudgetAlert> alerts(long budgetId) {
        return em.createQuery("select a from BudgetAlert a where a.budgetId = :b order by a.id", BudgetAlert.class)
                .setParameter("b", budgetId).getResultList();
    }
}
