package db.migration;

import io.jifen.audit.AuditEvent;
import io.jifen.points.LedgerEntry;
import io.jifen.shared.integrity.HashChain;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The ledger and the audit log become tamper-evident (issue 16): each row carries the SHA-256 of
 * its content and of the row before it, per customer for the ledger (its head on the points
 * account) and one chain for the audit log (its head in audit_chain_head). Rows written before
 * this are chained here, in id order, with the same functions the application writes with.
 * Audit records now keep the roles their actor acted in (auditors filter by role).
 * Seals: the ledger's entry hashes, digested in id order a range at a time and published in the
 * audit log.
 */
public class V21__hash_chains extends BaseJavaMigration {
    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (var statement = connection.createStatement()) {
            statement.execute("ALTER TABLE ledger_entry ADD COLUMN prev_hash VARCHAR(64)");
            statement.execute("ALTER TABLE ledger_entry ADD COLUMN entry_hash VARCHAR(64)");
            statement.execute("ALTER TABLE points_account ADD COLUMN ledger_head VARCHAR(64)");
            statement.execute("ALTER TABLE audit_event ADD COLUMN actor_roles VARCHAR(200)");
            // auditors filter by action (by time range: audit_event_by_time, V4)
            statement.execute("CREATE INDEX audit_event_by_action ON audit_event (action, id)");
            statement.execute("ALTER TABLE audit_event ADD COLUMN prev_hash VARCHAR(64)");
            statement.execute("ALTER TABLE audit_event ADD COLUMN entry_hash VARCHAR(64)");
            statement.execute("""
                    CREATE TABLE audit_chain_head (
                        id      INTEGER     NOT NULL PRIMARY KEY,
                        head    VARCHAR(64))""");
            statement.execute("""
                    CREATE TABLE ledger_seal (
                        id               BIGINT       NOT NULL PRIMARY KEY,
                        after_entry_id   BIGINT       NOT NULL,
                        to_entry_id      BIGINT       NOT NULL,
                        entries          BIGINT       NOT NULL,
                        previous_digest  VARCHAR(64)  NOT NULL,
                        digest           VARCHAR(64)  NOT NULL,
                        sealed_at        TIMESTAMP    NOT NULL)""");
            statement.execute("""
                    CREATE TABLE ledger_seal_mark (
                        id            INTEGER     NOT NULL PRIMARY KEY,
                        sealed_to     BIGINT      NOT NULL,
                        last_digest   VARCHAR(64) NOT NULL,
                        seals         BIGINT      NOT NULL,
                        observed_max  BIGINT,
                        observed_at   TIMESTAMP)""");
        }
        chainTheLedger(connection);
        String auditHead = chainTheAuditLog(connection);
        try (var head = connection.prepareStatement("INSERT INTO audit_chain_head (id, head) VALUES (1, ?)")) {
            head.setString(1, auditHead);
            head.executeUpdate();
        }
        try (var mark = connection.prepareStatement(
                "INSERT INTO ledger_seal_mark (id, sealed_to, last_digest, seals) VALUES (1, 0, ?, 0)")) {
            mark.setString(1, HashChain.GENESIS);
            mark.executeUpdate();
        }
    }

    private static void chainTheLedger(Connection connection) throws SQLException {
        try (var read = connection.createStatement();
             var update = connection.prepareStatement("UPDATE ledger_entry SET prev_hash = ?, entry_hash = ? WHERE id = ?");
             var head = connection.prepareStatement("UPDATE points_account SET ledger_head = ? WHERE customer_id = ?")) {
            read.setFetchSize(BATCH);
            String customer = null;
            String previous = HashChain.GENESIS;
            // an entry undoes an earlier entry of the same customer: their hashes, for the customer at hand
            Map<Long, String> hashes = new HashMap<>();
            int pending = 0;
            try (ResultSet rows = read.executeQuery("""
                    SELECT id, customer_id, entry_type, points, balance_after, reference, description, actor,
                           occurred_at, undoes_entry_id
                    FROM ledger_entry ORDER BY customer_id, id""")) {
                while (rows.next()) {
                    String rowCustomer = rows.getString("customer_id");
                    if (!rowCustomer.equals(customer)) {
                        if (customer != null) {
                            head.setString(1, previous);
                            head.setString(2, customer);
                            head.addBatch();
                        }
                        customer = rowCustomer;
                        previous = HashChain.GENESIS;
                        hashes.clear();
                    }
                    long undoesId = rows.getLong("undoes_entry_id");
                    String undoes = rows.wasNull() ? null : hashes.get(undoesId);
                    String hash = LedgerEntry.hashOf(previous, rowCustomer, rows.getString("entry_type"),
                            rows.getLong("points"), rows.getLong("balance_after"), rows.getString("reference"),
                            rows.getString("description"), rows.getString("actor"), instant(rows, "occurred_at"),
                            undoes);
                    update.setString(1, previous);
                    update.setString(2, hash);
                    update.setLong(3, rows.getLong("id"));
                    update.addBatch();
                    hashes.put(rows.getLong("id"), hash);
                    previous = hash;
                    if (++pending % BATCH == 0) {
                        update.executeBatch();
                        head.executeBatch();
                    }
                }
            }
            if (customer != null) {
                head.setString(1, previous);
                head.setString(2, customer);
                head.addBatch();
            }
            update.executeBatch();
            head.executeBatch();
        }
    }

    private static String chainTheAuditLog(Connection connection) throws SQLException {
        String previous = HashChain.GENESIS;
        try (var read = connection.createStatement();
             var update = connection.prepareStatement("UPDATE audit_event SET prev_hash = ?, entry_hash = ? WHERE id = ?")) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = read.executeQuery(
                    "SELECT id, actor, action, subject, details, occurred_at FROM audit_event ORDER BY id")) {
                while (rows.next()) {
                    // records from before this kept no roles: they are chained with none
                    String hash = AuditEvent.hashOf(previous, rows.getString("actor"), null, rows.getString("action"),
                            rows.getString("subject"), rows.getString("details"), instant(rows, "occurred_at"));
                    update.setString(1, previous);
                    update.setString(2, hash);
                    update.setLong(3, rows.getLong("id"));
                    update.addBatch();
                    previous = hash;
                    if (++pending % BATCH == 0) {
                        update.executeBatch();
                    }
                }
            }
            update.executeBatch();
        }
        return previous;
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        var at = rows.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
