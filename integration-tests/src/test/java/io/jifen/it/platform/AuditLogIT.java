package io.jifen.it.platform;

import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit log filtered, sorted and exported as auditors use it; the export is itself audited. */
@ExtendWith(RunningServer.class)
class AuditLogIT {
    private static final String AUDIT = "/api/v1/admin/audit";

    private static List<JsonObject> items(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void records_are_found_by_actor_role_action_subject_and_time_and_sorted(Api api) {
        Instant before = Instant.now().minusSeconds(1);
        String clerk = Api.uniqueId("it-clerk");
        String first = api.newCustomer();
        String second = api.newCustomer();
        String token = api.staffToken(clerk, "service");
        api.post("/api/v1/customers/" + first + "/points/adjustments", token, "{\"points\": 5, \"reason\": \"one\"}");
        api.post("/api/v1/customers/" + second + "/points/adjustments", token, "{\"points\": 6, \"reason\": \"two\"}");

        var byActor = items(api.get(AUDIT + "?actor=" + clerk + "&action=adjusted%20points&role=service&from="
                + before + "&size=50", api.token("auditor")));
        assertThat(byActor).extracting(i -> i.getString("subject"))
                .containsExactly("customer:" + second, "customer:" + first);
        assertThat(byActor).allMatch(i -> i.getString("actorRoles").equals("service"));
        assertThat(byActor.getFirst().getString("hash")).hasSize(64);

        var ascending = items(api.get(AUDIT + "?actor=" + clerk + "&sort=subject&order=asc", api.token("auditor")));
        assertThat(ascending).extracting(i -> i.getString("subject")).isSorted();
        assertThat(items(api.get(AUDIT + "?actor=" + clerk + "&role=admin", api.token("auditor")))).isEmpty();
        assertThat(items(api.get(AUDIT + "?actor=" + clerk + "&to=" + before, api.token("auditor")))).isEmpty();
        assertThat(items(api.get(AUDIT + "?subject=" + first, api.token("admin")))).isNotEmpty()
                .allMatch(i -> i.getString("subject").contains(first));
        assertThat(api.get(AUDIT + "/actions", api.token("auditor")).jsonArray().getValuesAs(
                jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString).contains("adjusted points");
    }

    @Test
    void an_export_gives_what_the_filters_find_and_is_itself_recorded(Api api) {
        String clerk = Api.uniqueId("it-clerk");
        String customer = api.newCustomer();
        api.post("/api/v1/customers/" + customer + "/points/adjustments", api.staffToken(clerk, "service"),
                "{\"points\": 7, \"reason\": \"exported, with a comma\"}");
        String auditor = Api.uniqueId("it-auditor");
        var csv = api.get(AUDIT + "/export?format=csv&actor=" + clerk, api.staffToken(auditor, "auditor"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("id,occurredAt,actor,roles,action,subject,details,sha256")
                .contains("\"7 points: exported, with a comma\"").contains(clerk);
        var xlsx = api.get(AUDIT + "/export?format=xlsx&actor=" + clerk, api.token("auditor"));
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type").orElse("")).contains("spreadsheetml");
        var recorded = items(api.get(AUDIT + "?action=exported%20audit%20log&actor=" + auditor, api.token("admin")));
        assertThat(recorded).hasSize(1);
        assertThat(recorded.getFirst().getString("details")).contains("1 records as csv").contains(clerk);
    }

    @Test
    void bad_filters_are_refused_on_their_field(Api api) {
        assertProblem(api.get(AUDIT + "?from=yesterday", api.token("auditor")), 400, "VALIDATION_FAILED");
        assertProblem(api.get(AUDIT + "?sort=details", api.token("auditor")), 400, "VALIDATION_FAILED");
        assertProblem(api.get(AUDIT + "?order=up", api.token("auditor")), 400, "VALIDATION_FAILED");
        assertProblem(api.get(AUDIT + "/export?format=pdf", api.token("auditor")), 400, "VALIDATION_FAILED");
        assertThat(api.get(AUDIT, api.token("service")).status()).isEqualTo(403);
    }
}
