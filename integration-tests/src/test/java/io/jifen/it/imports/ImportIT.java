package io.jifen.it.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nightly transaction files through the batch intake: checked whole, applied by a Jakarta Batch
 * job with the accrual API's rules, bad rows reported, the same file imported once.
 */
@ExtendWith(RunningServer.class)
public class ImportIT {
    private static final String INTAKE = "/api/v1/admin/batch/files";
    private static final String HEADER = "type,sourceTxnId,customerId,activity,productCode,amount,currency,occurredAt\n";
    private static final String WHEN = Instant.now().minusSeconds(3600).toString();
    private static final Set<String> ENDED = Set.of("COMPLETED", "REFUSED", "STOPPED", "FAILED", "ABANDONED");

    @Test
    void a_file_is_applied_row_by_row_by_the_apis_rules_and_its_bad_rows_are_reported(Api api) {
        String alice = api.newCustomer();
        String bob = api.newCustomer();
        String sentByApi = Api.uniqueId("T");
        assertThat(api.accrue(sentByApi, alice, "DEPOSIT", "1000.00", WHEN).status()).isEqualTo(201);
        String toReverse = Api.uniqueId("T");
        assertThat(api.accrue(toReverse, bob, "DEPOSIT", "1000.00", WHEN).status()).isEqualTo(201);
        long aliceBefore = api.balance(alice);
        long bobBefore = api.balance(bob);
        String aliceTxn = Api.uniqueId("T");
        String bobTxn = Api.uniqueId("T");
        String body = HEADER
                + accrual(aliceTxn, alice, "DEPOSIT", "1000.00")
                + accrual(bobTxn, bob, "DEPOSIT", "1000.00")
                + accrual(sentByApi, alice, "DEPOSIT", "1000.00")
                + "REVERSAL," + toReverse + "," + bob + ",,,,,\n"
                + accrual(Api.uniqueId("T"), alice, "DEPOSIT", "-1.00")
                + accrual(Api.uniqueId("T"), "C-no-such-customer", "DEPOSIT", "1000.00");

        var uploaded = upload(api, withTrailer(body, 6, ','), "0.5");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(202);
        var file = awaitEnd(api, uploaded.json().getString("id"));

        assertThat(file.getString("status")).as(file.toString()).isEqualTo("COMPLETED");
        assertThat(file.getInt("rowsTotal")).isEqualTo(6);
        assertThat(file.getInt("rowsDone")).isEqualTo(6);
        assertThat(file.getInt("rowsApplied")).isEqualTo(3);
        assertThat(file.getInt("rowsAlready")).isEqualTo(1);
        assertThat(file.getInt("rowsRejected")).isEqualTo(2);
        assertThat(api.balance(alice)).isEqualTo(aliceBefore + 20);
        assertThat(api.balance(bob)).isEqualTo(bobBefore + 20 - 20);
        api.assertLedgerConsistent(alice);
        api.assertLedgerConsistent(bob);

        var rejects = api.get(INTAKE + "/" + file.getString("id") + "/rejects", api.token("admin"));
        assertThat(rejects.status()).isEqualTo(200);
        assertThat(rejects.contentType()).startsWith("text/csv");
        List<String> lines = rejects.body().replace("\uFEFF", "").lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("line,reference,field,reason");
        assertThat(lines.get(1)).startsWith("6,").contains(",amount,").contains("must be a yuan amount");
        assertThat(lines.get(2)).startsWith("7,").contains("NOT_FOUND");
        var metrics = api.get("/metrics", null);
        assertThat(metrics.body()).containsPattern("jifen_import_rows_total\\{[^}]*outcome=\"applied\"[^}]*\\} [1-9]")
                .containsPattern("jifen_import_rows_total\\{[^}]*outcome=\"refused\"[^}]*\\} [1-9]");
        // the files-by-status gauges count in the database at most every 5 s
        var completed = java.util.regex.Pattern.compile("jifen_import_files\\{[^}]*status=\"COMPLETED\"[^}]*\\} [1-9]");
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!completed.matcher(api.get("/metrics", null).body()).find()) {
            assertThat(System.nanoTime()).as("a gauge of completed files").isLessThan(deadline);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void the_same_file_sent_again_answers_the_first_and_applies_nothing(Api api) {
        String customer = api.newCustomer();
        String file = withTrailer(HEADER + accrual(Api.uniqueId("T"), customer, "DEPOSIT", "1000.00"), 1, ',');
        var first = upload(api, file, null);
        assertThat(first.status()).isEqualTo(202);
        awaitEnd(api, first.json().getString("id"));
        long balance = api.balance(customer);

        var again = upload(api, file, null);

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().getString("id")).isEqualTo(first.json().getString("id"));
        assertThat(api.balance(customer)).isEqualTo(balance);
    }

    @Test
    void a_file_that_does_not_match_its_trailer_is_refused_and_nothing_of_it_applied(Api api) {
        String customer = api.newCustomer();
        String file = withTrailer(HEADER + accrual(Api.uniqueId("T"), customer, "DEPOSIT", "1000.00"), 1, ',')
                .replace("1000.00", "9000.00");
        long before = api.balance(customer);

        var uploaded = upload(api, file, null);
        var ended = awaitEnd(api, uploaded.json().getString("id"));

        assertThat(ended.getString("status")).isEqualTo("REFUSED");
        assertThat(ended.getString("message")).contains("SHA-256");
        assertThat(api.balance(customer)).isEqualTo(before);
    }

    @Test
    void pipe_separated_files_are_read_alike(Api api) {
        String customer = api.newCustomer();
        String body = HEADER.replace(',', '|') + accrual(Api.uniqueId("T"), customer, "DEPOSIT", "1000.00").replace(',', '|');
        long before = api.balance(customer);

        var ended = awaitEnd(api, upload(api, withTrailer(body, 1, '|'), null).json().getString("id"));

        assertThat(ended.getString("status")).as(ended.toString()).isEqualTo("COMPLETED");
        assertThat(api.balance(customer)).isEqualTo(before + 20);
    }

    @Test
    void a_file_past_its_share_of_refused_rows_stops_for_a_person_who_may_go_on(Api api) {
        String customer = api.newCustomer();
        String body = HEADER + accrual(Api.uniqueId("T"), customer, "DEPOSIT", "1000.00")
                + accrual(Api.uniqueId("T"), customer, "LOTTERY", "1000.00");
        long before = api.balance(customer);

        var held = awaitEnd(api, upload(api, withTrailer(body, 2, ','), null).json().getString("id"));

        assertThat(held.getString("status")).as(held.toString()).isEqualTo("STOPPED");
        assertThat(held.getString("message")).contains("1 of 2 rows refused");
        var restarted = api.post(INTAKE + "/" + held.getString("id") + "/restart?acceptRejects=true", api.token("admin"), "");
        assertThat(restarted.status()).as(restarted.toString()).isEqualTo(200);
        var ended = awaitEnd(api, held.getString("id"));
        assertThat(ended.getString("status")).as(ended.toString()).isEqualTo("COMPLETED");
        assertThat(ended.getInt("rowsRejected")).isEqualTo(1);
        assertThat(api.balance(customer)).isEqualTo(before + 20);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void a_file_dropped_in_the_inbox_is_imported_once_however_often_it_is_dropped(Api api) throws Exception {
        String customer = api.newCustomer();
        long before = api.balance(customer);
        String file = withTrailer(HEADER + accrual(Api.uniqueId("T"), customer, "DEPOSIT", "1000.00"), 1, ',');
        String name = Api.uniqueId("inbox") + ".csv";

        var imported = drop(api, name, file);
        assertThat(awaitEnd(api, imported.getString("id")).getString("status")).isEqualTo("COMPLETED");
        assertThat(api.balance(customer)).isEqualTo(before + 20);
        String again = Api.uniqueId("again") + ".csv";
        drop(api, again, file);

        assertThat(api.balance(customer)).isEqualTo(before + 20);
        assertThat(filesNamed(api, again)).isEmpty();
    }

    /** Writes the file as a sender does (under a .part name, then renamed) and waits until the inbox has taken it. */
    static JsonObject drop(Api api, String name, String content) throws Exception {
        java.nio.file.Path folder = io.jifen.it.support.JifenServer.inbox().resolve("transactions");
        java.nio.file.Path part = folder.resolve(name + ".part");
        java.nio.file.Files.writeString(part, content, StandardCharsets.UTF_8);
        java.nio.file.Files.move(part, folder.resolve(name));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (var done = java.nio.file.Files.list(folder.resolve("done"))) {
                var taken = done.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("-" + name)).findFirst();
                if (taken.isPresent()) {
                    String fileId = taken.get().substring(0, taken.get().length() - name.length() - 1);
                    var view = api.get(INTAKE + "/" + fileId, api.token("admin"));
                    assertThat(view.status()).as(view.toString()).isEqualTo(200);
                    return view.json();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the inbox did not take " + name);
    }

    static List<JsonObject> filesNamed(Api api, String name) {
        var page = api.get(INTAKE + "?size=200", api.token("admin"));
        assertThat(page.status()).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").equals(name)).toList();
    }

    @Test
    void a_file_a_person_uploads_waits_for_a_second_person_before_anything_moves(Api api) throws Exception {
        String customer = api.newCustomer();
        String uploader = api.staffToken("it-files-" + Api.uniqueId("a"), "admin");
        String second = api.staffToken("it-files-" + Api.uniqueId("b"), "admin");
        String body = withTrailer(HEADER + accrual(Api.uniqueId("T"), customer, "DEPOSIT", "1000.00"), 1, ',');

        var uploaded = uploadAs(api, uploader, body, "person.csv");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(202);
        String fileId = uploaded.json().getString("id");
        assertThat(uploaded.json().getString("status")).isEqualTo("AWAITING_APPROVAL");
        // a job that starts is noted on the file before the upload answers: none was
        JsonObject waiting = api.get(INTAKE + "/" + fileId, api.token("admin")).json();
        assertThat(waiting.containsKey("startedAt") && !waiting.isNull("startedAt")).as(waiting.toString()).isFalse();
        assertThat(api.balance(customer)).isZero();

        var own = api.post(INTAKE + "/" + fileId + "/approval", uploader, "");
        assertThat(own.isProblem(409, "INVALID_STATE")).as(own.toString()).isTrue();
        assertThat(own.body()).contains("FOUR_EYES");
        assertThat(api.post(INTAKE + "/" + fileId + "/approval", api.token("core-banking"), "").status()).isEqualTo(403);
        var noNote = api.post(INTAKE + "/" + fileId + "/rejection", second, "{}");
        assertThat(noNote.isProblem(400, "VALIDATION_FAILED")).as(noNote.toString()).isTrue();

        var approved = api.post(INTAKE + "/" + fileId + "/approval", second, "");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        var ended = awaitEnd(api, fileId);
        assertThat(ended.getString("status")).isEqualTo("COMPLETED");
        assertThat(ended.getString("approvedBy")).isNotEqualTo(ended.getString("receivedBy"));
        assertThat(api.balance(customer)).isEqualTo(20);
        assertThat(api.post(INTAKE + "/" + fileId + "/approval", second, "").isProblem(409, "INVALID_STATE")).isTrue();

        // turned down: nothing of it is applied, and the same bytes again answer the decided file
        String other = withTrailer(HEADER + accrual(Api.uniqueId("T"), customer, "DEPOSIT", "5000.00"), 1, ',');
        String rejectedId = uploadAs(api, uploader, other, "person-2.csv").json().getString("id");
        var rejected = api.post(INTAKE + "/" + rejectedId + "/rejection", second,
                "{\"note\": \"not from the branch it claims\"}");
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().getString("status")).isEqualTo("ABANDONED");
        assertThat(rejected.json().getString("message")).contains("not from the branch it claims");
        var again = uploadAs(api, uploader, other, "person-2.csv");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getString("status")).isEqualTo("ABANDONED");
        assertThat(api.balance(customer)).isEqualTo(20);
        assertThat(api.get("/api/v1/admin/audit?q=" + rejectedId, api.token("auditor")).body())
                .contains("rejected import file");
    }

    private static Api.Response uploadAs(Api api, String token, String file, String name) {
        return api.send(api.request(INTAKE + "?kind=TRANSACTIONS&name=" + name, token)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(file, StandardCharsets.UTF_8)));
    }

    @Test
    void only_core_banking_and_administrators_may_send_files_and_a_partner_is_refused_before_its_body_is_read(Api api) {
        var refused = api.send(api.request(INTAKE + "?kind=TRANSACTIONS", api.token("partner"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(HEADER)));
        assertThat(refused.status()).isEqualTo(403);
        var noKind = api.send(api.request(INTAKE, api.token("core-banking"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(HEADER)));
        assertThat(noKind.isProblem(400, "VALIDATION_FAILED")).as(noKind.toString()).isTrue();
    }

    private static String accrual(String txn, String customer, String activity, String amount) {
        return "ACCRUAL," + txn + "," + customer + "," + activity + ",," + amount + ",CNY," + WHEN + "\n";
    }

    private static Api.Response upload(Api api, String file, String maxRejectShare) {
        return api.send(api.request(INTAKE + "?kind=TRANSACTIONS&name=it.csv"
                        + (maxRejectShare == null ? "" : "&maxRejectShare=" + maxRejectShare), api.token("core-banking"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(file, StandardCharsets.UTF_8)));
    }

    public static JsonObject awaitEnd(Api api, String fileId) {
        return awaitEnd(api, fileId, Duration.ofSeconds(90), ENDED.toArray(String[]::new));
    }

    /** The file once its status is one of {@code statuses}. */
    static JsonObject awaitEnd(Api api, String fileId, Duration patience, String... statuses) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            var file = api.get(INTAKE + "/" + fileId, api.token("admin"));
            assertThat(file.status()).as(file.toString()).isEqualTo(200);
            if (Set.of(statuses).contains(file.json().getString("status"))) {
                return file.json();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the file's job did not end: " + file);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The rows, then the trailer core banking writes: their count and the SHA-256 of every byte before it. */
    public static String withTrailer(String body, long rows, char delimiter) {
        try {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
            return body + "TRAILER" + delimiter + rows + delimiter + sha + "\n";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
