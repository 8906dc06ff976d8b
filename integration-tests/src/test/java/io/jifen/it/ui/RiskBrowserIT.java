package io.jifen.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** Risk staff work an alert on the board; auditors verify the books on the integrity screen. */
@ExtendWith(RunningServer.class)
class RiskBrowserIT {
    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @Test
    void a_risk_officer_reads_an_alerts_evidence_and_closes_it_with_a_finding(Api api) throws Exception {
        String now = Instant.now().minusSeconds(60).toString();
        String customer = api.newCustomer();
        for (int i = 0; i < 5; i++) {
            api.accrue(Api.uniqueId("T"), customer, "DEPOSIT", "500.00", now);
        }
        api.accrue(Api.uniqueId("T"), customer, "TIME_DEPOSIT", "200000000.00", now);
        JsonObject alert = api.get("/api/v1/admin/risk/alerts?customerId=" + customer, api.token("risk")).json()
                .getJsonArray("items").getJsonObject(0);
        String id = alert.getString("id");

        browser.signIn(StaffUsers.withRole(api, "risk"), StaffUsers.PASSWORD);
        browser.open("/risk-alerts");
        browser.await(d -> browser.gridCells().contains(customer));
        browser.clickGridCell(customer);
        browser.await(d -> browser.byId("alert-evidence").getText().contains("20020"));
        browser.screenshot("risk-alerts");
        browser.click("alert-close-not-fraud");
        browser.await(d -> d.findElement(By.id("alert-note")));
        browser.typeInto("alert-note", "salary of a new private-banking client, confirmed with the branch");
        browser.click("alert-close-not-fraud-confirm");
        browser.await(d -> api.get("/api/v1/admin/risk/alerts/" + id, api.token("risk")).json().getString("status")
                .equals("CLOSED_NOT_FRAUD"));
        assertThat(api.get("/api/v1/admin/risk/alerts/" + id, api.token("risk")).json().getString("note"))
                .contains("private-banking");
        browser.click("sign-out");
    }

    @Test
    void an_auditor_verifies_the_books_on_the_integrity_screen(Api api) throws Exception {
        api.credit(api.newCustomer(), 25);
        browser.signIn(StaffUsers.withRole(api, "auditor"), StaffUsers.PASSWORD);
        browser.open("/integrity");
        browser.click("integrity-check");
        browser.await(d -> !browser.byId("integrity-verdict").getText().isBlank());
        browser.screenshot("integrity");
        assertThat(browser.gridCells()).anyMatch(cell -> cell.contains("完整") || cell.contains("Intact"));
        browser.click("sign-out");
    }
}
