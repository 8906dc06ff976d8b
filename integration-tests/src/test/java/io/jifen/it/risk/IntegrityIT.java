package io.jifen.it.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import io.jifen.it.support.TestDatabase;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The books cannot be changed afterwards unseen: a row edited straight in the database is caught
 * by the integrity check, named by its id, and the ledger seals publish digests in the audit log.
 * Each test puts the row back, so the chains are whole again for the rest of the suite.
 */
@ExtendWith(RunningServer.class)
class IntegrityIT {
    private static final String NOW = Instant.now().minusSeconds(60).toString();
    private static final String INTEGRITY = "/api/v1/admin/integrity";

    private static JsonObject check(Api api, String customer) {
        var answer = api.get(INTEGRITY + (customer == null ? "" : "?customerId=" + customer), api.token("auditor"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static String customerWithEntries(Api api) {
        String customer = api.newCustomer();
        api.accrue(Api.uniqueId("T"), customer, "DEPOSIT", "500.00", NOW);
        api.credit(customer, 40);
        api.accrue(Api.uniqueId("T"), customer, "CARD_SPEND", "20.00", NOW);
        return customer;
    }

    private static long firstEntryOf(Connection db, String customer) throws SQLException {
        try (var query = db.prepareStatement("SELECT MIN(id) FROM ledger_entry WHERE customer_id = ?")) {
            query.setString(1, customer);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static int execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (var statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    @Test
    void a_ledger_entry_edited_in_the_database_is_caught_and_named(Api api, TestDatabase database) throws Exception {
        String customer = customerWithEntries(api);
        var whole = check(api, customer);
        assertThat(whole.getBoolean("intact")).as(whole.toString()).isTrue();
        assertThat(whole.getJsonObject("ledger").getInt("records")).isEqualTo(3);

        try (Connection db = database.connect()) {
            long first = firstEntryOf(db, customer);
            // someone with database access gives the customer 1,000 points more, balances and all
            assertThat(execute(db, "UPDATE ledger_entry SET points = points + 1000 WHERE id = ?", first)).isEqualTo(1);
            execute(db, "UPDATE ledger_entry SET balance_after = balance_after + 1000 WHERE customer_id = ?", customer);
            execute(db, "UPDATE points_account SET balance = balance + 1000 WHERE customer_id = ?", customer);
            try {
                var caught = check(api, customer);
                assertThat(caught.getBoolean("intact")).isFalse();
                var broken = caught.getJsonObject("ledger").getJsonObject("firstBreak");
                assertThat(broken.getJsonNumber("recordId").longValue()).isEqualTo(first);
                assertThat(broken.getString("customerId")).isEqualTo(customer);
                assertThat(broken.getString("problem")).isEqualTo("CONTENT_CHANGED");
                // the whole check finds it too, among every customer's chain
                assertThat(check(api, null).getJsonObject("ledger").getJsonObject("firstBreak")
                        .getString("customerId")).isEqualTo(customer);
            } finally {
                execute(db, "UPDATE points_account SET balance = balance - 1000 WHERE customer_id = ?", customer);
                execute(db, "UPDATE ledger_entry SET balance_after = balance_after - 1000 WHERE customer_id = ?", customer);
                execute(db, "UPDATE ledger_entry SET points = points - 1000 WHERE id = ?", first);
            }
        }
        assertThat(check(api, customer).getBoolean("intact")).isTrue();
    }

    @Test
    void a_removed_entry_breaks_the_links_after_it(Api api, TestDatabase database) throws Exception {
        String customer = customerWithEntries(api);
        try (Connection db = database.connect()) {
            long first = firstEntryOf(db, customer);
            // the newest entry's link is moved onto the first, as if the ones between had never been
            String previous;
            try (var query = db.prepareStatement("SELECT prev_hash FROM ledger_entry WHERE id = ?")) {
                query.setLong(1, first + 0);
                try (var rows = query.executeQuery()) {
                    rows.next();
                    previous = rows.getString(1);
                }
            }
            long newest;
            String newestPrevious;
            try (var query = db.prepareStatement(
                    "SELECT id, prev_hash FROM ledger_entry WHERE customer_id = ? ORDER BY id DESC")) {
                query.setString(1, customer);
                try (var rows = query.executeQuery()) {
                    rows.next();
                    newest = rows.getLong(1);
                    newestPrevious = rows.getString(2);
                }
            }
            execute(db, "UPDATE ledger_entry SET prev_hash = ? WHERE id = ?", previous + "", newest);
            try {
                var caught = check(api, customer);
                assertThat(caught.getBoolean("intact")).isFalse();
                assertThat(caught.getJsonObject("ledger").getJsonObject("firstBreak").getJsonNumber("recordId")
                        .longValue()).isEqualTo(newest);
            } finally {
                execute(db, "UPDATE ledger_entry SET prev_hash = ? WHERE id = ?", newestPrevious, newest);
            }
        }
        assertThat(check(api, customer).getBoolean("intact")).isTrue();
    }

    @Test
    void an_audit_record_edited_in_the_database_is_caught(Api api, TestDatabase database) throws Exception {
        String customer = api.newCustomer();
        api.credit(customer, 12);
        long record;
        String details;
        try (Connection db = database.connect()) {
            try (var query = db.prepareStatement(
                    "SELECT id, details FROM audit_event WHERE subject = ? ORDER BY id DESC")) {
                query.setString(1, "customer:" + customer);
                try (var rows = query.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    record = rows.getLong(1);
                    details = rows.getString(2);
                }
            }
            execute(db, "UPDATE audit_event SET details = ? WHERE id = ?", "nothing happened here", record);
            try {
                var audit = check(api, null).getJsonObject("audit");
                assertThat(audit.getBoolean("intact")).isFalse();
                assertThat(audit.getJsonObject("firstBreak").getJsonNumber("recordId").longValue()).isEqualTo(record);
                assertThat(audit.getJsonObject("firstBreak").getString("problem")).isEqualTo("CONTENT_CHANGED");
            } finally {
                execute(db, "UPDATE audit_event SET details = ? WHERE id = ?", details, record);
            }
        }
        assertThat(check(api, null).getJsonObject("audit").getBoolean("intact")).isTrue();
    }

    @Test
    void a_seal_publishes_the_ledger_digest_in_the_audit_log_and_catches_a_rehashed_entry(Api api,
                                                                                             TestDatabase database)
            throws Exception {
        String customer = customerWithEntries(api);
        var sealed = api.post(INTEGRITY + "/seals", api.token("admin"), "");
        assertThat(sealed.status()).as(sealed.toString()).isEqualTo(201);
        var seal = sealed.json();
        String digest = seal.getString("digest");
        var published = api.get("/api/v1/admin/audit?q=ledger-seal:" + seal.getJsonNumber("id"), api.token("auditor"))
                .json().getJsonArray("items");
        assertThat(published.getValuesAs(JsonObject.class)).anyMatch(item -> item.getString("details").contains(digest));
        assertThat(check(api, null).getJsonObject("seals").getBoolean("intact")).isTrue();

        try (Connection db = database.connect()) {
            long first = firstEntryOf(db, customer);
            String hash;
            try (var query = db.prepareStatement("SELECT entry_hash FROM ledger_entry WHERE id = ?")) {
                query.setLong(1, first);
                try (var rows = query.executeQuery()) {
                    rows.next();
                    hash = rows.getString(1);
                }
            }
            // a forged hash (as if the chain had been re-hashed after an edit): the seal still remembers
            execute(db, "UPDATE ledger_entry SET entry_hash = ? WHERE id = ?", "f".repeat(64), first);
            try {
                var caught = check(api, null);
                assertThat(caught.getBoolean("intact")).isFalse();
                assertThat(caught.getJsonObject("seals").getBoolean("intact")).isFalse();
            } finally {
                execute(db, "UPDATE ledger_entry SET entry_hash = ? WHERE id = ?", hash, first);
            }
        }
        assertThat(check(api, null).getBoolean("intact")).isTrue();
    }

    @Test
    void only_auditors_admins_and_risk_may_check(Api api) {
        assertThat(api.get(INTEGRITY, api.token("partner")).status()).isEqualTo(403);
        assertThat(api.get(INTEGRITY, api.token("service")).status()).isEqualTo(403);
        assertThat(api.get(INTEGRITY, api.token("risk")).status()).isEqualTo(200);
        assertThat(api.post(INTEGRITY + "/seals", api.token("risk"), "").status()).isEqualTo(403);
    }
}
