package io.jifen.it.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.JifenServer;
import io.jifen.it.support.RunningServer;
import io.jifen.it.support.TestDatabase;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A server killed (kill -9) in the middle of a file: started again, it resumes the file from its
 * last checkpoint by itself, and when the file is done every row was applied exactly once.
 */
@ExtendWith(RunningServer.class)
@EnabledIfSystemProperty(named = "jifen.it.database", matches = "postgresql")
class ImportCrashIT {
    private static final int ROWS = 20_000;
    private static final int CUSTOMERS = 40;
    private static final String WHEN = Instant.now().minusSeconds(3600).toString();

    @Test
    void a_server_killed_mid_file_resumes_it_after_its_restart_and_applies_every_row_once(Api api, TestDatabase database)
            throws Exception {
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            customers.add(api.newCustomer());
        }
        Map<String, Long> before = new HashMap<>();
        for (String customer : customers) {
            before.put(customer, api.balance(customer));
        }
        Map<String, Integer> rowsOf = new HashMap<>();
        StringBuilder body = new StringBuilder("type,sourceTxnId,customerId,activity,productCode,amount,currency,occurredAt\n");
        Random random = new Random(15);
        String run = Api.uniqueId("K");
        for (int n = 1; n <= ROWS; n++) {
            String customer = customers.get(random.nextInt(CUSTOMERS));
            rowsOf.merge(customer, 1, Integer::sum);
            body.append("ACCRUAL,").append(run).append('-').append(n).append(',').append(customer)
                    .append(",DEPOSIT,,1000.00,CNY,").append(WHEN).append('\n');
        }
        String file = ImportIT.withTrailer(body.toString(), ROWS, ',');
        Path batchDir = Path.of("target/it-crash-batch").toAbsolutePath();
        Path extracted = Path.of("target/it-crash-wlp").toAbsolutePath();
        Map<String, String> environment = Map.of(
                // the server's identity in Jakarta Batch is its host and directory: the same after the restart
                "WLP_JAR_EXTRACT_DIR", extracted.toString(),
                "JIFEN_BATCH_DIR", batchDir.toString(),
                "JIFEN_BATCH_RECOVER_AFTER_SECONDS", "1");

        String fileId;
        try (JifenServer doomed = JifenServer.startBeside(database, "crash", environment)) {
            Api server = new Api(doomed.baseUri());
            var uploaded = server.send(server.request("/api/v1/admin/batch/files?kind=TRANSACTIONS&name=crash.csv",
                            server.token("core-banking"))
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(file, StandardCharsets.UTF_8)));
            assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(202);
            fileId = uploaded.json().getString("id");
            long done = awaitRowsDone(api, fileId, ROWS / 2); // the goal: killed halfway through
            assertThat(done).as("killed before the file was done").isLessThan(ROWS);
            doomed.kill();
        }
        // what a killed server leaves behind; extracted again, to the same place
        try (var left = java.nio.file.Files.walk(extracted)) {
            left.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        var killed = view(api, fileId);
        assertThat(killed.getString("status")).isIn("RUNNING", "FAILED");

        try (JifenServer restarted = JifenServer.startBeside(database, "crash", environment)) {
            var ended = ImportIT.awaitEnd(api, fileId, Duration.ofSeconds(180), "COMPLETED");
            assertThat(ended.getInt("rowsDone")).isEqualTo(ROWS);
            assertThat(ended.getInt("rowsApplied") + ended.getInt("rowsAlready")).isEqualTo(ROWS);
            assertThat(ended.getInt("rowsRejected")).isZero();
            for (String customer : customers) {
                assertThat(api.balance(customer)).as(customer)
                        .isEqualTo(before.get(customer) + 20L * rowsOf.getOrDefault(customer, 0));
                api.assertLedgerConsistent(customer);
            }
        }
    }

    private static long awaitRowsDone(Api api, String fileId, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            var file = view(api, fileId);
            long done = file.getJsonNumber("rowsDone").longValue();
            if (done >= atLeast || !file.getString("status").matches("RECEIVED|CHECKING|RUNNING")) {
                return done;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the file's rows did not move: " + view(api, fileId));
    }

    private static JsonObject view(Api api, String fileId) {
        var file = api.get("/api/v1/admin/batch/files/" + fileId, api.token("admin"));
        assertThat(file.status()).as(file.toString()).isEqualTo(200);
        return file.json();
    }
}
