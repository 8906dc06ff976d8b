package io.jifen.it.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.Race;
import io.jifen.it.support.RunningServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Real threads, real server, one customer: the balance serialises on the database. */
@ExtendWith(RunningServer.class)
class LedgerConcurrencyIT {
    private static final String NOW = Instant.now().minusSeconds(60).toString();

    @Test
    void thirty_concurrent_changes_to_one_account_leave_a_consistent_ledger(Api api) throws Exception {
        String id = api.newCustomer();
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> api.accrue(Api.uniqueId("T"), id, "DEPOSIT", "500.00", NOW));
        }
        for (int i = 0; i < 10; i++) {
            calls.add(() -> api.post("/api/v1/customers/" + id + "/points/adjustments", api.token("service"),
                    "{\"points\": -30, \"reason\": \"race test\"}"));
        }
        List<Api.Response> answers = Race.run(calls);

        long accrued = answers.subList(0, 20).stream().filter(r -> r.status() == 201).count();
        long debited = answers.subList(20, 30).stream().filter(r -> r.status() == 201).count();
        long refused = answers.subList(20, 30).stream().filter(r -> r.status() == 409).count();
        assertThat(accrued).as("every accrual succeeds").isEqualTo(20);
        assertThat(debited + refused).as("each debit either happens or is refused for points").isEqualTo(10);
        assertThat(api.balance(id)).isEqualTo(20 * 20 - 30 * debited);
        api.assertLedgerConsistent(id);
        var entries = api.get("/api/v1/customers/" + id + "/points/entries", api.token("service")).json();
        assertThat(entries.getInt("total")).isEqualTo(20 + debited);
    }

    @Test
    void the_same_transaction_sent_ten_times_at_once_earns_once(Api api) throws Exception {
        String id = api.newCustomer();
        String txn = Api.uniqueId("T");
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> api.accrue(txn, id, "DEPOSIT", "500.00", NOW));
        }
        List<Api.Response> answers = Race.run(calls);
        assertThat(answers).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(r -> r.status() == 200).hasSize(9);
        assertThat(api.balance(id)).isEqualTo(20);
        api.assertLedgerConsistent(id);
    }

    @Test
    void two_expiry_sweeps_at_once_expire_each_lot_once(Api api) throws Exception {
        String id = api.newCustomer();
        for (int i = 0; i < 5; i++) {
            api.accrue(Api.uniqueId("T"), id, "DEPOSIT", "500.00", "2023-0" + (i + 1) + "-10T10:00:00+08:00");
        }
        api.accrue(Api.uniqueId("T"), id, "CARD_SPEND", "10.00", NOW);
        List<Callable<Api.Response>> sweeps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sweeps.add(() -> api.post("/api/v1/admin/points/expiry-runs", api.token("admin"), ""));
        }
        assertThat(Race.run(sweeps)).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        assertThat(api.balance(id)).isEqualTo(5);
        var entries = api.get("/api/v1/customers/" + id + "/points/entries?size=50", api.token("service")).json()
                .getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class);
        assertThat(entries).filteredOn(e -> e.getString("type").equals("EXPIRY")).hasSize(5);
        api.assertLedgerConsistent(id);
    }
}
