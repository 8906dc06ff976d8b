package io.jifen.points.persistence;

import io.jifen.points.AdjustmentRepository;
import io.jifen.points.AdjustmentRequest;
import io.jifen.points.AdjustmentSort;
import io.jifen.points.AdjustmentStatus;
import io.jifen.points.StaffAdjustmentDay;
import io.jifen.shared.Sorting;
import io.jifen.shared.persistence.LockedRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAdjustmentRepository implements AdjustmentRepository {
    @PersistenceContext(unitName = "jifen")
    EntityManager em;
    @Inject
    LockedRows rows;

    @Override
    public void add(AdjustmentRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<AdjustmentRequest> find(String requestId) {
        return Optional.ofNullable(em.find(AdjustmentRequest.class, requestId));
    }

    @Override
    public Optional<AdjustmentRequest> lock(String requestId) {
        return Optional.ofNullable(em.find(AdjustmentRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<AdjustmentRequest> list(AdjustmentStatus status, Sorting<AdjustmentSort> sorting, int page, int size) {
        var query = em.createQuery("select r from AdjustmentRequest r" + where(status) + AdjustmentSort.orderBy(sorting),
                AdjustmentRequest.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    @Override
    public long count(AdjustmentStatus status) {
        var query = em.createQuery("select count(r) from AdjustmentRequest r" + where(status), Long.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getSingleResult();
    }

    private static String where(AdjustmentStatus status) {
        return status == null ? "" : " where r.status = :status";
    }

    @Override
    public StaffAdjustmentDay lockDay(String staffId, LocalDate bankDay) {
        return rows.lockOrCreate(StaffAdjustmentDay.class, StaffAdjustmentDay.key(staffId, bankDay),
                () -> new StaffAdjustmentDay(staffId, bankDay));
    }

    @Override
    public Optional<StaffAdjustmentDay> findDay(String staffId, LocalDate bankDay) {
        return Optional.ofNullable(em.find(StaffAdjustmentDay.class, StaffAdjustmentDay.key(staffId, bankDay)));
    }
}
