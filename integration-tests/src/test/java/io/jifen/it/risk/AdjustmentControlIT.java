package io.jifen.it.risk;

import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.Race;
import io.jifen.it.support.RunningServer;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff adjustments under the default limits (10,000 points at a time, 50,000 a day per person):
 * beyond them a second person decides, and the daily limit holds when one person races it.
 */
@ExtendWith(RunningServer.class)
class AdjustmentControlIT {
    private static final String REQUESTS = "/api/v1/admin/adjustment-requests";

    private static String adjustments(String customer) {
        return "/api/v1/customers/" + customer + "/points/adjustments";
    }

    private static String body(long points, String reason) {
        return "{\"points\": %d, \"reason\": \"%s\"}".formatted(points, reason);
    }

    private static String freshServiceToken(Api api) {
        return api.staffToken(Api.uniqueId("it-clerk"), "service");
    }

    @Test
    void within_the_limits_one_person_posts_at_once(Api api) {
        String customer = api.newCustomer();
        var posted = api.post(adjustments(customer), freshServiceToken(api), body(10_000, "complaint 4411"));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        assertThat(api.balance(customer)).isEqualTo(10_000);
    }

    @Test
    void over_the_per_adjustment_limit_nothing_moves_until_a_second_person_approves(Api api) {
        String customer = api.newCustomer();
        String clerk = Api.uniqueId("it-clerk");
        var asked = api.post(adjustments(customer), api.staffToken(clerk, "service"), body(100_000_000, "slipped digit?"));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        JsonObject request = asked.json();
        assertThat(request.getString("status")).isEqualTo("PENDING_APPROVAL");
        assertThat(request.getString("requestedBy")).isEqualTo(clerk);
        assertThat(api.balance(customer)).isZero();
        String id = request.getString("requestId");

        var queue = api.get(REQUESTS + "?status=PENDING_APPROVAL&size=200", api.token("risk")).json();
        assertThat(queue.getJsonArray("items").getValuesAs(JsonObject.class))
                .anyMatch(item -> item.getString("requestId").equals(id));

        // the same person holding the approver's role too is still the same person
        String both = api.mint("{\"subject\":\"" + clerk.toUpperCase() + "\",\"groups\":[\"service\",\"risk\"]}");
        var own = api.post(REQUESTS + "/" + id + "/approval", both, "{}");
        assertProblem(own, 409, "INVALID_STATE");
        assertThat(own.body()).contains("FOUR_EYES");
        assertProblem(api.post(REQUESTS + "/" + id + "/approval", api.token("service"), "{}"), 403, "FORBIDDEN");
        assertThat(api.balance(customer)).isZero();

        var approved = api.post(REQUESTS + "/" + id + "/approval", api.token("risk"), "{\"note\": \"confirmed by phone\"}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().getString("status")).isEqualTo("APPROVED");
        assertThat(approved.json().getString("decidedBy")).isEqualTo("it-risk");
        assertThat(api.balance(customer)).isEqualTo(100_000_000);
        var entry = api.get("/api/v1/customers/" + customer + "/points/entries", api.token("service")).json()
                .getJsonArray("items").getJsonObject(0);
        assertThat(entry.getString("type")).isEqualTo("ADJUSTMENT");
        assertThat(entry.getString("reference")).isEqualTo(id);
        api.assertLedgerConsistent(customer);

        assertProblem(api.post(REQUESTS + "/" + id + "/approval", api.staffToken("it-risk-2", "risk"), "{}"),
                409, "INVALID_STATE");
        assertThat(api.balance(customer)).isEqualTo(100_000_000);
    }

    @Test
    void a_rejected_request_posts_nothing_and_needs_a_note(Api api) {
        String customer = api.newCustomer();
        var asked = api.post(adjustments(customer), freshServiceToken(api), body(-20_000, "fraud write-off"));
        assertThat(asked.status()).isEqualTo(202);
        String id = asked.json().getString("requestId");
        assertProblem(api.post(REQUESTS + "/" + id + "/rejection", api.token("risk"), "{}"), 400, "VALIDATION_FAILED");
        var rejected = api.post(REQUESTS + "/" + id + "/rejection", api.token("risk"), "{\"note\": \"no evidence\"}");
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().getString("status")).isEqualTo("REJECTED");
        assertThat(api.get(REQUESTS + "/" + id, api.token("auditor")).json().getString("decisionNote"))
                .isEqualTo("no evidence");
        assertThat(api.balance(customer)).isZero();
        assertThat(api.get("/api/v1/customers/" + customer + "/points/entries", api.token("service")).json()
                .getInt("total")).isZero();
    }

    @Test
    void an_approved_debit_still_needs_the_points(Api api) {
        String customer = api.newCustomer();
        api.credit(customer, 5_000);
        var asked = api.post(adjustments(customer), freshServiceToken(api), body(-15_000, "reclaim double credit"));
        assertThat(asked.status()).isEqualTo(202);
        String id = asked.json().getString("requestId");
        assertProblem(api.post(REQUESTS + "/" + id + "/approval", api.token("risk"), "{}"), 409, "INSUFFICIENT_POINTS");
        assertThat(api.get(REQUESTS + "/" + id, api.token("risk")).json().getString("status"))
                .isEqualTo("PENDING_APPROVAL");
        assertThat(api.balance(customer)).isEqualTo(5_000);
    }

    @Test
    void unknown_and_malformed_requests_are_refused(Api api) {
        assertProblem(api.get(REQUESTS + "/AR-0000000000000000", api.token("risk")), 404, "NOT_FOUND");
        assertProblem(api.post(REQUESTS + "/AR-0000000000000000/approval", api.token("risk"), "{}"), 404, "NOT_FOUND");
        assertProblem(api.get(REQUESTS + "/x;drop", api.token("risk")), 400, "VALIDATION_FAILED");
        assertProblem(api.get(REQUESTS + "?status=MAYBE", api.token("risk")), 400, "VALIDATION_FAILED");
    }

    @Test
    void the_daily_limit_holds_when_one_person_races_it_from_many_requests(Api api) throws Exception {
        String token = freshServiceToken(api);
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String customer = api.newCustomer();
            calls.add(() -> api.post(adjustments(customer), token, body(10_000, "race")));
        }
        List<Api.Response> answers = Race.run(calls);
        assertThat(answers.stream().filter(r -> r.status() == 201).count()).as(answers.toString()).isEqualTo(5);
        assertThat(answers.stream().filter(r -> r.status() == 202).count()).as(answers.toString()).isEqualTo(3);
        // the day is used up: even one point now waits
        String another = api.newCustomer();
        assertThat(api.post(adjustments(another), token, body(1, "one more")).status()).isEqualTo(202);
        assertThat(api.balance(another)).isZero();
    }
}
