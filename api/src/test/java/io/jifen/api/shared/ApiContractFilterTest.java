package io.jifen.api.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.junit.jupiter.api.Test;

class ApiContractFilterTest {
    @Test
    void an_operation_is_named_after_its_method_and_path() {
        assertThat(ApiContractFilter.operationId(HttpMethod.GET, "/api/v1/admin/risk/alerts/{id}"))
                .isEqualTo("getAdminRiskAlertsById");
        assertThat(ApiContractFilter.operationId(HttpMethod.POST, "/api/v1/admin/batch/files/{fileId: F-[0-9a-f]{16}}/approval"))
                .isEqualTo("postAdminBatchFilesByFileIdApproval");
        assertThat(ApiContractFilter.operationId(HttpMethod.POST, "/api/v1/orders")).isEqualTo("postOrders");
        assertThat(ApiContractFilter.operationId(HttpMethod.GET, "/api/v1/admin/reports/roll-forward"))
                .isEqualTo("getAdminReportsRollForward");
    }

    @Test
    void a_read_without_a_path_parameter_documents_neither_404_nor_409() {
        assertThat(ApiContractFilter.refusals(HttpMethod.GET, "/api/v1/catalog/gifts"))
                .containsExactly("400", "401", "403", "429");
        assertThat(ApiContractFilter.refusals(HttpMethod.POST, "/api/v1/orders/{orderId}/cancellation"))
                .containsExactly("400", "401", "403", "404", "409", "429");
    }
}
