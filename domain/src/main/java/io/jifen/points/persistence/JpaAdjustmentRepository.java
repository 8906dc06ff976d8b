package io.jifen.points.persistence;

import io.jifen.points.AdjustmentRepository;
import io.jifen.points.AdjustmentRequest;
import io.jifen.points.AdjustmentStatus;
import io.jifen.points.StaffAdjustmentDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAdjustmentRepository implements AdjustmentRepository {
    @PersistenceContext(unitName = "jifen")
    EntityManager em;
    @Inject
    JpaAdjustmentRepository self;

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
    public List<AdjustmentRequest> list(AdjustmentStatus status, int page, int size) {
        var query = em.createQuery("select r from AdjustmentRequest r" + where(status) + " order by r.requestedAt, r.id",
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
        String key = StaffAdjustmentDay.key(staffId, bankDay);
        var locked = em.find(StaffAdjustmentDay.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (locked != null) {
            return locked;
        }
        try {
            self.open(staffId, bankDay);
        } catch (RuntimeException raced) {
            // another server opened the same day first: its row is locked below
        }
        locked = em.find(StaffAdjustmentDay.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (locked == null) {
            throw new IllegalStateException("could not open the adjustment day " + key);
        }
        return locked;
    }

    /** In a transaction of its own, so the adjustment that needs the row can then lock it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void open(String staffId, LocalDate bankDay) {
        if (em.find(StaffAdjustmentDay.class, StaffAdjustmentDay.key(staffId, bankDay)) == null) {
            em.persist(new StaffAdjustmentDay(staffId, bankDay));
            em.flush();
        }
    }

    @Override
    public Optional<StaffAdjustmentDay> findDay(String staffId, LocalDate bankDay) {
        return Optional.ofNullable(em.find(StaffAdjustmentDay.class, StaffAdjustmentDay.key(staffId, bankDay)));
    }
}
