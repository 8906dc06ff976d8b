package io.jifen.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An auditor finds a staff action by its Chinese name and the staff member, and reads it whole. */
@ExtendWith(RunningServer.class)
class AuditBrowserIT {
    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @Test
    void an_auditor_filters_by_action_name_and_staff_member_and_opens_the_record(Api api) throws Exception {
        String clerk = Api.uniqueId("it-clerk");
        String customer = api.newCustomer();
        var adjusted = api.post("/api/v1/customers/" + customer + "/points/adjustments", api.staffToken(clerk, "service"),
                "{\"points\": 15, \"reason\": \"goodwill for complaint 4713, phoned twice\"}");
        assertThat(adjusted.status()).isEqualTo(201);

        browser.signIn(StaffUsers.withRole(api, "auditor"), StaffUsers.PASSWORD);
        browser.open("/audit");
        browser.chooseTyped("audit-actions", "调整积分");
        browser.typeInto("audit-actor", clerk);
        browser.await(d -> browser.gridCells().contains("customer:" + customer));
        assertThat(browser.gridCells()).as("only this clerk's adjustments").noneMatch(cell -> cell.startsWith("it-service "));
        browser.screenshot("audit-filters");
        browser.clickGridCell("customer:" + customer);
        browser.await(d -> browser.byId("audit-detail-details").getText().contains("phoned twice"));
        browser.click("audit-detail-close");
        browser.click("sign-out");
    }

    @Test
    void finance_reads_a_points_liability_that_reconciles_with_the_accounts(Api api) throws Exception {
        api.credit(api.newCustomer(), 1_000);
        browser.signIn(StaffUsers.withRole(api, "auditor"), StaffUsers.PASSWORD);
        browser.open("/liability");
        browser.await(d -> !browser.byId("liability-reconciles").getText().isBlank());
        assertThat(browser.byId("liability-reconciles").getText()).containsAnyOf("已对平", "reconciles:");
        browser.screenshot("liability");
        browser.click("sign-out");
    }
}
