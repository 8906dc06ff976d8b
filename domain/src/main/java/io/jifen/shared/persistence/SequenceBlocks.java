package io.jifen.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * Identifiers drawn from a database sequence many at once, for the rest of one transaction.
 * Ledger entries and outbox events take their ids one at a time from their sequences so that a
 * customer's entries number in the order they were written on any server; an id drawn while the
 * customer's account is locked is larger than any drawn before the lock was granted and smaller
 * than any drawn after it is released. So a caller that holds every lock its writes need may draw
 * a block in one round trip instead of one per row: {@link #reserve} after locking, {@link #take}
 * per row. What a transaction leaves unused is dropped with it (a gap, as a rollback leaves).
 */
@ApplicationScoped
public class SequenceBlocks {
    private static final Object KEY = SequenceBlocks.class;

    @PersistenceContext(unitName = "jifen")
    EntityManager em;
    @Resource
    TransactionSynchronizationRegistry transaction;
    @Resource(lookup = "jdbc/jifen")
    DataSource dataSource;
    private volatile String drawStatement;

    /** Draws {@code count} more ids of the sequence for this transaction, in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reserve(String sequence, int count) {
        reserve(Map.of(sequence, count));
    }

    /** Draws more ids of several sequences for this transaction, all in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reserve(Map<String, Integer> counts) {
        List<String> draws = new ArrayList<>();
        counts.forEach((sequence, count) -> {
            if (!sequence.matches("[a-z_]{1,60}")) {
                throw new IllegalArgumentException("not a sequence name: " + sequence);
            }
            if (count > 0) {
                draws.add(drawStatement().replace("$seq", sequence).replace("$count", Integer.toString(count)));
            }
        });
        if (draws.isEmpty()) {
            return;
        }
        var blocks = blocks(true);
        for (Object row : em.createNativeQuery(String.join(" union all ", draws)).getResultList()) {
            Object[] columns = (Object[]) row;
            blocks.computeIfAbsent((String) columns[0], s -> new ArrayDeque<>()).add(((Number) columns[1]).longValue());
        }
    }

    /** The next reserved id of the sequence in this transaction, or empty when none is left. */
    public OptionalLong take(String sequence) {
        var blocks = blocks(false);
        var block = blocks == null ? null : blocks.get(sequence);
        return block == null || block.isEmpty() ? OptionalLong.empty() : OptionalLong.of(block.poll());
    }

    private Map<String, ArrayDeque<Long>> blocks(boolean create) {
        return ThisTransaction.map(transaction, KEY, create);
    }

    /**
     * PostgreSQL's nextval over generate_series; H2's standard NEXT VALUE FOR over its SYSTEM_RANGE.
     * Names and counts are checked above and written in, so the statement's text is the same for
     * the same counts and its plan is cached.
     */
    private String drawStatement() {
        if (drawStatement == null) {
            try (var connection = dataSource.getConnection()) {
                boolean h2 = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
                drawStatement = h2 ? "select '$seq', next value for $seq from system_range(1, $count)"
                        : "select '$seq', nextval('$seq') from generate_series(1, $count)";
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell the database apart", e);
            }
        }
        return drawStatement;
    }
}
