package io.jifen.audit.application;

import io.jifen.audit.AuditChainHead;
import io.jifen.audit.AuditEvent;
import io.jifen.audit.LedgerSeal;
import io.jifen.audit.SealDigest;
import io.jifen.audit.SealStore;
import io.jifen.points.LedgerEntry;
import io.jifen.shared.integrity.ChainWalk;
import io.jifen.shared.integrity.ChainWalk.Link;
import io.jifen.shared.integrity.ChainWalk.Problem;
import io.jifen.shared.integrity.HashChain;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Proves the books were not changed afterwards: recomputes every customer's ledger chain, the
 * audit log's chain and the ledger seals from what the database holds, and reports the first
 * break of each. Also takes the seals. Reads stream through JDBC, a customer at a time, so the
 * check runs over a bank's whole ledger in memory for one customer.
 */
@ApplicationScoped
public class IntegrityService {
    private static final int FETCH = 2_000;

    @Inject
    SealStore store;
    @Resource(lookup = "jdbc/jifen")
    DataSource dataSource;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "jifen.integrity.seal-lag-seconds", defaultValue = "600")
    long sealLagSeconds;

    /** The first break found in one chain: which record, whose (a customer for the ledger), and what is wrong. */
    public record Finding(long recordId, String customerId, Problem problem) {
    }

    public record ChainReport(long records, Optional<Finding> firstBreak) {
        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    public record Report(Instant checkedAt, ChainReport ledger, ChainReport audit, ChainReport seals) {
        public boolean intact() {
            return ledger.intact() && audit.intact() && seals.intact();
        }
    }

    /** Everything, or one customer's ledger (with the audit log and the seals, which are global). */
    @RequiresRole({Roles.AUDITOR, Roles.ADMIN, Roles.RISK})
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Report check(String customerId) {
        try (Connection connection = dataSource.getConnection()) {
            // a cursor streams on PostgreSQL only inside a transaction; it writes nothing and is rolled back.
            // One snapshot for the whole check: what commits meanwhile (a new audit record moving the
            // head) is neither half-seen nor taken for tampering.
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return new Report(clock.instant(), ledger(connection, customerId), audit(connection),
                        seals(connection));
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the integrity check could not read the database", e);
        }
    }

    private ChainReport ledger(Connection connection, String onlyCustomer) throws SQLException {
        String where = onlyCustomer == null ? "" : " WHERE e.customer_id = ?";
        long records = 0;
        try (PreparedStatement read = connection.prepareStatement("""
                SELECT e.customer_id, e.id, e.entry_type, e.points, e.balance_after, e.reference, e.description,
                       e.actor, e.occurred_at, u.entry_hash, e.prev_hash, e.entry_hash, a.ledger_head
                FROM ledger_entry e JOIN points_account a ON a.customer_id = e.customer_id
                LEFT JOIN ledger_entry u ON u.id = e.undoes_entry_id""" + where
                + " ORDER BY e.customer_id, e.id")) {
            read.setFetchSize(FETCH);
            if (onlyCustomer != null) {
                read.setString(1, onlyCustomer);
            }
            try (ResultSet rows = read.executeQuery()) {
                String customer = null;
                String head = null;
                List<Link> links = new ArrayList<>();
                while (rows.next()) {
                    String rowCustomer = rows.getString(1);
                    if (!rowCustomer.equals(customer)) {
                        var broken = walk(customer, links, head);
                        if (broken.isPresent()) {
                            return new ChainReport(records, broken);
                        }
                        customer = rowCustomer;
                        head = rows.getString(13);
                        links.clear();
                    }
                    records++;
                    String undoes = rows.getString(10);
                    String previous = rows.getString(11);
                    links.add(new Link(rows.getLong(2), previous, rows.getString(12), LedgerEntry.hashOf(
                            previous == null ? "" : previous, rowCustomer, rows.getString(3), rows.getLong(4),
                            rows.getLong(5), rows.getString(6), rows.getString(7), rows.getString(8),
                            instant(rows, 9), undoes)));
                }
                var broken = walk(customer, links, head);
                if (broken.isPresent()) {
                    return new ChainReport(records, broken);
                }
            }
        }
        // an account that keeps a head but has no entries lost them all
        try (PreparedStatement orphan = connection.prepareStatement("""
                SELECT a.customer_id FROM points_account a WHERE a.ledger_head IS NOT NULL"""
                + (onlyCustomer == null ? "" : " AND a.customer_id = ?")
                + " AND NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.customer_id = a.customer_id)")) {
            if (onlyCustomer != null) {
                orphan.setString(1, onlyCustomer);
            }
            orphan.setMaxRows(1);
            try (ResultSet rows = orphan.executeQuery()) {
                if (rows.next()) {
                    return new ChainReport(records, Optional.of(new Finding(0, rows.getString(1), Problem.HEAD_MISMATCH)));
                }
            }
        }
        return new ChainReport(records, Optional.empty());
    }

    private static Optional<Finding> walk(String customer, List<Link> links, String head) {
        if (customer == null) {
            return Optional.empty();
        }
        return ChainWalk.walk(links, head).map(b -> new Finding(b.id(), customer, b.problem()));
    }

    private ChainReport audit(Connection connection) throws SQLException {
        var chain = new ChainWalk.Sequential();
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT id, actor, actor_roles, action, subject, details, occurred_at, prev_hash, entry_hash"
                        + " FROM audit_event ORDER BY id")) {
            read.setFetchSize(FETCH);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    String previous = rows.getString(8);
                    chain.accept(new Link(rows.getLong(1), previous, rows.getString(9), AuditEvent.hashOf(
                            previous == null ? "" : previous, rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), instant(rows, 7))));
                }
            }
        }
        String head;
        try (var read = connection.createStatement();
             var rows = read.executeQuery("SELECT head FROM audit_chain_head WHERE id = " + AuditChainHead.THE_ONE)) {
            head = rows.next() ? rows.getString(1) : null;
        }
        return new ChainReport(chain.count(), chain.end(head).map(b -> new Finding(b.id(), null, b.problem())));
    }

    private ChainReport seals(Connection connection) throws SQLException {
        List<long[]> ranges = new ArrayList<>();
        List<String[]> digests = new ArrayList<>();
        try (var read = connection.createStatement();
             var rows = read.executeQuery(
                     "SELECT id, after_entry_id, to_entry_id, entries, previous_digest, digest FROM ledger_seal ORDER BY id")) {
            while (rows.next()) {
                ranges.add(new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4)});
                digests.add(new String[] {rows.getString(5), rows.getString(6)});
            }
        }
        String previous = HashChain.GENESIS;
        long afterPrevious = 0;
        for (int i = 0; i < ranges.size(); i++) {
            long[] range = ranges.get(i);
            String[] digest = digests.get(i);
            if (!digest[0].equals(previous) || range[1] != afterPrevious) {
                return new ChainReport(i, Optional.of(new Finding(range[0], null, Problem.LINK_BROKEN)));
            }
            var recomputed = digestOf(connection, digest[0], range[1], range[2]);
            if (recomputed.entries() != range[3] || !recomputed.finish().equals(digest[1])
                    || !published(connection, range[0], digest[1])) {
                return new ChainReport(i, Optional.of(new Finding(range[0], null, Problem.CONTENT_CHANGED)));
            }
            previous = digest[1];
            afterPrevious = range[2];
        }
        return new ChainReport(ranges.size(), Optional.empty());
    }

    private static boolean published(Connection connection, long sealId, String digest) throws SQLException {
        try (var read = connection.prepareStatement(
                "SELECT COUNT(*) FROM audit_event WHERE subject = ? AND action = ? AND details LIKE ?")) {
            read.setString(1, subject(sealId));
            read.setString(2, SEALED);
            read.setString(3, "%" + digest + "%");
            try (var rows = read.executeQuery()) {
                return rows.next() && rows.getLong(1) == 1;
            }
        }
    }

    private static SealDigest digestOf(Connection connection, String previousDigest, long after, long to)
            throws SQLException {
        var digest = new SealDigest(previousDigest);
        try (var read = connection.prepareStatement(
                "SELECT id, entry_hash FROM ledger_entry WHERE id > ? AND id <= ? ORDER BY id")) {
            read.setFetchSize(FETCH);
            read.setLong(1, after);
            read.setLong(2, to);
            try (var rows = read.executeQuery()) {
                while (rows.next()) {
                    digest.add(rows.getLong(1), rows.getString(2));
                }
            }
        }
        return digest;
    }

    static final String SEALED = "sealed ledger";

    static String subject(long sealId) {
        return "ledger-seal:" + sealId;
    }

    /**
     * Seals the entries written since the last seal, up to the newest id noted at least the lag
     * ago, and publishes the digest in the audit log. Servers take turns on the mark's lock.
     */
    @Transactional
    @RequiresRole({Roles.ADMIN, Roles.AUDITOR})
    public Optional<LedgerSeal> seal() {
        var mark = store.lockMark();
        var now = clock.instant();
        var lag = Duration.ofSeconds(sealLagSeconds);
        long newestNow = store.newestEntryId();
        Long to = mark.sealableTo(newestNow, now, lag);
        LedgerSeal seal = null;
        if (to != null) {
            SealDigest digest;
            // streamed through the transaction's own connection: a night's files seal millions of entries
            try (Connection connection = dataSource.getConnection()) {
                digest = digestOf(connection, mark.lastDigest(), mark.sealedTo(), to);
            } catch (SQLException e) {
                throw new IllegalStateException("could not read the entries to seal", e);
            }
            seal = mark.seal(to, digest.entries(), digest.finish(), now);
            store.add(seal);
            audit.record(SEALED, subject(seal.id()), "entries " + (seal.afterEntryId() + 1) + " to " + seal.toEntryId()
                    + " (" + seal.entries() + "), SHA-256 " + seal.digest() + " after " + seal.previousDigest());
        }
        mark.observe(newestNow, now, lag);
        return Optional.ofNullable(seal);
    }

    @Transactional
    @RequiresRole({Roles.AUDITOR, Roles.ADMIN, Roles.RISK})
    public List<LedgerSeal> seals(int page, int size) {
        return store.seals(page, size);
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        var at = rows.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
