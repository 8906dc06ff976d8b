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
    void a_staff_user_signing_in_from_a_third_address_within_the_hour_raises_an_alert(Api api) throws Exception {
        String clerk = StaffUsers.withRole(api, "service");
        String alerts = "/api/v1/admin/risk/alerts?rule=STAFF_SIGN_INS&staffUser=" + clerk;
        try {
            // the branch terminal, then home: two places is normal
            for (String address : new String[] {"203.0.113.10", "198.51.100.20", "203.0.113.10"}) {
                browser.comeFrom(address);
                browser.signIn(clerk, StaffUsers.PASSWORD);
                browser.await(d -> !d.findElements(By.id("sign-out")).isEmpty());
                browser.click("sign-out");
            }
            assertThat(api.get(alerts, api.token("risk")).json().getInt("total")).isZero();
            // a third place within the hour: the password is shared or stolen
            browser.comeFrom("192.0.2.30");
            browser.signIn(clerk, StaffUsers.PASSWORD);
            browser.await(d -> !d.findElements(By.id("sign-out")).isEmpty());
            browser.click("sign-out");
        } finally {
            browser.comeFrom(null);
        }
        var found = api.get(alerts, api.token("risk")).json();
        assertThat(found.getInt("total")).isEqualTo(1);
        JsonObject alert = found.getJsonArray("items").getJsonObject(0);
        assertThat(alert.getString("severity")).isEqualTo("HIGH");
        assertThat(alert.getString("evidence")).contains("3 addresses", "192.0.2.30", "198.51.100.20", "203.0.113.10");
        // each sign-in's audit record names where it came from
        assertThat(api.get("/api/v1/admin/audit?q=" + clerk + "&size=50", api.token("auditor")).json().toString())
                .contains("from 192.0.2.30");
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
