package io.jifen.catalog.persistence;

import io.jifen.shared.GiftId;
import io.jifen.catalog.CatalogQuery;
import io.jifen.catalog.CatalogRepository;
import io.jifen.catalog.CatalogSort;
import io.jifen.catalog.Gift;
import io.jifen.catalog.GiftStatus;
import io.jifen.catalog.LowStockWarning;
import io.jifen.catalog.StockAdjustment;
import io.jifen.catalog.StockLevel;
import io.jifen.catalog.StockLocation;
import io.jifen.catalog.UnknownGiftException;
import io.jifen.catalog.WarningSort;
import io.jifen.shared.Sorting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaCatalogRepository implements CatalogRepository {
    @PersistenceContext(unitName = "jifen")
    EntityManager em;

    @Override
    public Optional<Gift> findGift(GiftId giftId) {
        return Optional.ofNullable(em.find(Gift.class, giftId.value()));
    }

    @Override
    public Optional<Gift> findGiftBySku(String sku) {
        return em.createQuery("select g from Gift g where g.sku = :sku", Gift.class)
                .setParameter("sku", sku).getResultStream().findFirst();
    }

    @Override
    public Gift lockGift(GiftId giftId) {
        Gift gift = em.find(Gift.class, giftId.value(), LockModeType.PESSIMISTIC_WRITE);
        if (gift == null) {
            throw new UnknownGiftException(giftId);
        }
        return gift;
    }

    @Override
    public void addGift(Gift gift) {
        em.persist(gift);
    }

    @Override
    public List<Gift> findGiftsFrom(CatalogQuery query, int offset, int limit) {
        return filtered(query, "select g from Gift g", orderBy(query.sort()), Gift.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Plain columns only, so the same JPQL orders alike on H2 and PostgreSQL; the id keeps pages stable. */
    private static String orderBy(CatalogSort sort) {
        return switch (sort) {
            case POINTS_ASC -> " order by g.pointsPrice, g.id";
            case POINTS_DESC -> " order by g.pointsPrice desc, g.id";
            case NAME_ASC -> " order by g.nameZh, g.id";
            case NAME_DESC -> " order by g.nameZh desc, g.id";
            case NAME_EN_ASC -> " order by g.nameEn, g.id";
            case NAME_EN_DESC -> " order by g.nameEn desc, g.id";
            case SKU_ASC -> " order by g.sku, g.id";
            case SKU_DESC -> " order by g.sku desc, g.id";
        };
    }

    @Override
    public long countGifts(CatalogQuery query) {
        return filtered(query, "select count(g) from Gift g", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(CatalogQuery query, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (query.activeOnly()) {
            jpql.append(" and g.status = :active");
            params.put("active", GiftStatus.ACTIVE);
        }
        if (query.category() != null) {
            jpql.append(" and g.category = :category");
            params.put("category", query.category());
        }
        if (query.minPoints() != null) {
            jpql.append(" and g.pointsPrice >= :minPoints");
            params.put("minPoints", query.minPoints());
        }
        if (query.maxPoints() != null) {
            jpql.append(" and g.pointsPrice <= :maxPoints");
            params.put("maxPoints", query.maxPoints());
        }
        if (query.text() != null && !query.text().isBlank()) {
            jpql.append(" and (lower(g.nameZh) like :text or lower(g.nameEn) like :text or lower(g.sku) like :text)");
            params.put("text", "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.partner() != null) {
            // offered by every partner when it names none, else only by those it names
            jpql.append(" and (not exists (select p1 from Gift g1 join g1.partners p1 where g1.id = g.id)"
                    + " or exists (select p2 from Gift g2 join g2.partners p2 where g2.id = g.id and p2 = :partner))");
            params.put("partner", query.partner());
        }
        TypedQuery<T> typed = em.createQuery(jpql.append(order).toString(), type);
        params.forEach(typed::setParameter);
        return typed;
    }

    private static String escapeLike(String text) {
        return text.replace("%", "").replace("_", "");
    }

    @Override
    public List<StockLocation> locations() {
        return em.createQuery("select l from StockLocation l order by l.kind desc, l.code", StockLocation.class)
                .getResultList();
    }

    @Override
    public Optional<StockLocation> findLocation(String code) {
        return Optional.ofNullable(em.find(StockLocation.class, code));
    }

    @Override
    public boolean takeStock(GiftId giftId, String locationCode, long quantity) {
        int updated = em.createQuery("""
                        update StockLevel s set s.quantity = s.quantity - :quantity
                        where s.giftId = :gift and s.locationCode = :location and s.quantity >= :quantity""")
                .setParameter("quantity", quantity).setParameter("gift", giftId.value()).setParameter("location", locationCode)
                .executeUpdate();
        return updated == 1;
    }

    @Override
    public boolean takeStockLeaving(GiftId giftId, String locationCode, long quantity, long atLeast) {
        int updated = em.createQuery("""
                        update StockLevel s set s.quantity = s.quantity - :quantity
                        where s.giftId = :gift and s.locationCode = :location and s.quantity >= :needed""")
                .setParameter("quantity", quantity).setParameter("gift", giftId.value()).setParameter("location", locationCode)
                .setParameter("needed", Math.addExact(quantity, atLeast))
                .executeUpdate();
        return updated == 1;
    }

    @Override
    public void putStock(GiftId giftId, String locationCode, long quantity) {
        int updated = em.createQuery("""
                        update StockLevel s set s.quantity = s.quantity + :quantity
                        where s.giftId = :gift and s.locationCode = :location""")
                .setParameter("quantity", quantity).setParameter("gift", giftId.value()).setParameter("location", locationCode)
                .executeUpdate();
        if (updated == 0) {
            em.persist(new StockLevel(giftId, locationCode));
            em.flush();
            putStock(giftId, locationCode, quantity);
        }
    }

    @Override
    public long stockAt(GiftId giftId, String locationCode) {
        return em.createQuery("""
                        select coalesce(sum(s.quantity), 0) from StockLevel s
                        where s.giftId = :gift and s.locationCode = :location""", Long.class)
                .setParameter("gift", giftId.value()).setParameter("location", locationCode).getSingleResult();
    }

    @Override
    public long totalStock(GiftId giftId) {
        return em.createQuery("select coalesce(sum(s.quantity), 0) from StockLevel s where s.giftId = :gift", Long.class)
                .setParameter("gift", giftId.value()).getSingleResult();
    }

    @Override
    public Map<String, Long> totalStock(List<String> giftIds) {
        Map<String, Long> totals = new HashMap<>();
        if (giftIds.isEmpty()) {
            return totals;
        }
        for (Object[] row : em.createQuery("""
                        select s.giftId, sum(s.quantity) from StockLevel s where s.giftId in :gifts group by s.giftId""",
                        Object[].class)
                .setParameter("gifts", giftIds).getResultList()) {
            totals.put((String) row[0], ((Number) row[1]).longValue());
        }
        return totals;
    }

    @Override
    public Map<String, Long> stockByLocation(GiftId giftId) {
        Map<String, Long> byLocation = new LinkedHashMap<>();
        for (StockLevel level : em.createQuery(
                        "select s from StockLevel s where s.giftId = :gift order by s.locationCode", StockLevel.class)
                .setParameter("gift", giftId.value()).getResultList()) {
            byLocation.put(level.locationCode(), level.quantity());
        }
        return byLocation;
    }

    @Override
    public void addAdjustment(StockAdjustment adjustment) {
        em.persist(adjustment);
    }

    @Override
    public Optional<LowStockWarning> openWarning(GiftId giftId) {
        return em.createQuery("select w from LowStockWarning w where w.giftId = :gift and w.resolvedAt is null",
                        LowStockWarning.class)
                .setParameter("gift", giftId.value()).getResultStream().findFirst();
    }

    @Override
    public void addWarning(LowStockWarning warning) {
        em.persist(warning);
    }

    @Override
    public List<LowStockWarning> warningsFrom(boolean openOnly, Sorting<WarningSort> sorting, int offset, int limit) {
        boolean byGift = sorting != null && sorting.column() != null && sorting.column().readsGift();
        String jpql = "select w from LowStockWarning w" + (byGift ? ", Gift g where g.id = w.giftId" : " where 1 = 1")
                + (openOnly ? " and w.resolvedAt is null" : "") + WarningSort.orderBy(sorting);
        return em.createQuery(jpql, LowStockWarning.class).setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countWarnings(boolean openOnly) {
        return em.createQuery("select count(w) from LowStockWarning w" + (openOnly ? " where w.resolvedAt is null" : ""),
                Long.class).getSingleResult();
    }
}
