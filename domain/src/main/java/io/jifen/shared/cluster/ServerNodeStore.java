package io.jifen.shared.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;

/** The heartbeat rows, one short transaction each. */
@ApplicationScoped
public class ServerNodeStore {
    @PersistenceContext(unitName = "jifen")
    EntityManager em;

    /** Records this server as alive now and answers how many servers were seen since {@code liveSince}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int beat(String nodeId, Instant now, Instant liveSince, Instant forgetBefore) {
        int updated = em.createNativeQuery("update server_node set seen_at = ? where node_id = ?")
                .setParameter(1, Timestamp.from(now)).setParameter(2, nodeId).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into server_node (node_id, started_at, seen_at) values (?, ?, ?)")
                    .setParameter(1, nodeId).setParameter(2, Timestamp.from(now)).setParameter(3, Timestamp.from(now))
                    .executeUpdate();
        }
        em.createNativeQuery("delete from server_node where seen_at < ?")
                .setParameter(1, Timestamp.from(forgetBefore)).executeUpdate();
        Number live = (Number) em.createNativeQuery("select count(*) from server_node where seen_at >= ?")
                .setParameter(1, Timestamp.from(liveSince)).getSingleResult();
        return live.intValue();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void leave(String nodeId) {
        em.createNativeQuery("delete from server_node where node_id = ?").setParameter(1, nodeId).executeUpdate();
    }
}
