package io.jifen.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * A counter's row (a person's adjustment day, a partner's refusal window), locked until the
 * transaction ends, and created first when it does not exist yet. The creation runs in a
 * transaction of its own, so the caller can then lock the row; when two servers create it at
 * once, the primary key keeps one and the other's insert is dropped.
 */
@ApplicationScoped
public class LockedRows {
    @PersistenceContext(unitName = "jifen")
    EntityManager em;
    @Inject
    LockedRows self;

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T lockOrCreate(Class<T> type, Object id, Supplier<T> fresh) {
        T locked = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (locked != null) {
            return locked;
        }
        try {
            self.create(type, id, fresh);
        } catch (RuntimeException raced) {
            // another server created it first: its row is locked below
        }
        locked = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (locked == null) {
            throw new IllegalStateException("could not create the " + type.getSimpleName() + " row " + id);
        }
        return locked;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> void create(Class<T> type, Object id, Supplier<T> fresh) {
        if (em.find(type, id) == null) {
            em.persist(fresh.get());
            em.flush();
        }
    }
}
