package io.jifen.procurement.persistence;

import io.jifen.procurement.Budget;
import io.jifen.procurement.BudgetAlert;
import io.jifen.procurement.GoodsReceipt;
import io.jifen.procurement.ProcurementRepository;
import io.jifen.procurement.PurchaseOrder;
import io.jifen.procurement.PurchaseOrderFilter;
import io.jifen.procurement.PurchaseOrderSort;
import io.jifen.procurement.SupplierSort;
import io.jifen.shared.Sorting;
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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;
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
    public List<Supplier> suppliers(String nameContains, Sorting<SupplierSort> sorting, int offset, int limit) {
        return named("select s from Supplier s", nameContains, SupplierSort.orderBy(sorting), Supplier.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countSuppliers(String nameContains) {
        return named("select count(s) from Supplier s", nameContains, "", Long.class).getSingleResult();
    }

    @Override
    public Map<String, String> supplierNames(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s.id, s.name from Supplier s where s.id in :ids", Object[].class)
                .setParameter("ids", ids.stream().distinct().toList()).getResultList().stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    private <T> TypedQuery<T> named(String select, String nameContains, String order, Class<T> type) {
        if (nameContains == null || nameContains.isBlank()) {
            return em.createQuery(select + order, type);
        }
        String pattern = "%" + nameContains.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return em.createQuery(select + " where lower(s.name) like :name" + order, type).setParameter("name", pattern);
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
    public List<PurchaseOrder> orders(PurchaseOrderFilter filter, int offset, int limit) {
        return filtered("select o from PurchaseOrder o", filter, PurchaseOrderSort.orderBy(filter.sorting()),
                PurchaseOrder.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countOrders(PurchaseOrderFilter filter) {
        return filtered("select count(o) from PurchaseOrder o", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, PurchaseOrderFilter filter, String order, Class<T> type) {
        String where = " where 1 = 1" + (filter.status() == null ? "" : " and o.status = :status")
                + (filter.period() == null ? "" : " and o.budgetPeriod = :period")
                + (filter.supplierId() == null ? "" : " and o.supplierId = :supplier");
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.period() != null) {
            query.setParameter("period", filter.period());
        }
        if (filter.supplierId() != null) {
            query.setParameter("supplier", filter.supplierId());
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
