package io.jifen.audit.persistence;

import io.jifen.audit.LedgerSeal;
import io.jifen.audit.LedgerSealMark;
import io.jifen.audit.SealStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaSealStore implements SealStore {
    @PersistenceContext(unitName = "jifen")
    EntityManager em;

    @Override
    public LedgerSealMark lockMark() {
        return em.find(LedgerSealMark.class, LedgerSealMark.THE_ONE, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public long newestEntryId() {
        Long newest = em.createQuery("select max(e.id) from LedgerEntry e", Long.class).getSingleResult();
        return newest == null ? 0 : newest;
    }

    @Override
    public void add(LedgerSeal seal) {
        em.persist(seal);
    }

    @Override
    public List<LedgerSeal> seals(int page, int size) {
        return em.createQuery("select s from LedgerSeal s order by s.id desc", LedgerSeal.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }
}
