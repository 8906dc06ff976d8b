package io.jifen.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
class OperationsIT {

    @Test
    void readiness_includes_the_database(Api api) {
        var ready = api.get("/health/ready", null);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"").contains("UP");
    }

    @Test
    void liveness_answers(Api api) {
        assertThat(api.get("/health/live", null).status()).isEqualTo(200);
    }

    @Test
    void the_openapi_document_describes_the_api(Api api) {
        var doc = api.get("/openapi", null);
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body()).contains("/api/v1/customers/{customerId}").contains("/api/v1/dev/tokens");
        assertThat(api.get("/openapi/ui/", null).status()).isEqualTo(200);
    }

    @Test
    void metrics_count_accruals_and_show_their_latency_as_a_histogram(Api api) {
        String id = api.newCustomer();
        api.accrue(Api.uniqueId("T"), id, "DEPOSIT", "500.00", java.time.Instant.now().minusSeconds(5).toString());
        var metrics = api.get("/metrics", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).containsPattern("jifen_accruals_total\\{[^}]*\\} [1-9]")
                .contains("jifen_accrual_latency_seconds_bucket");
    }

    @Test
    void the_admin_ui_is_served(Api api) {
        var page = api.get("/", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("<html");
    }
}
