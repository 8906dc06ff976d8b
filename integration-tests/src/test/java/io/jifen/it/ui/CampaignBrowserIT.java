package io.jifen.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import java.time.Instant;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.junit.jupiter.api.extension.RegisterExtension;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A marketer drafts a double-points campaign in the browser and submits it; their own approval is
 * refused (four eyes); a colleague approves it; a deposit then earns the bonus and the colleague
 * sees it in the campaign's results.
 */
@ExtendWith(RunningServer.class)
class CampaignBrowserIT {
    private static final String CAMPAIGNS = "/api/v1/admin/campaigns";
    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    private static String status(Api api, String campaignId) {
        return api.get(CAMPAIGNS + "/" + campaignId, api.token("marketing")).json().getString("status");
    }

    private static String textOf(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    @Test
    void a_campaign_drafted_by_one_marketer_is_approved_by_another_and_shows_its_results(Api api) throws Exception {
        String creator = StaffUsers.withRole(api, "marketing");
        String approver = StaffUsers.withRole(api, "marketing");
        String suffix = Api.uniqueId("x").substring(2, 10);
        String name = "双倍积分 " + suffix;
        // a product of its own, so that no other test's deposits fall to this campaign
        String product = "IT-DOUBLE-" + suffix;

        browser.signIn(creator, StaffUsers.PASSWORD);
        browser.open("/campaigns");
        browser.click("campaign-new");
        browser.typeInto("campaign-name", name);
        browser.tick("campaign-activities", 0); // DEPOSIT
        browser.typeInto("campaign-products", product);
        browser.typeInto("campaign-budget", "1000");
        browser.typeInto("campaign-holdout", "0"); // nobody held out: the one customer is treated
        browser.click("campaign-create");
        String afterCreate = browser.text();
        String campaignId;
        try {
            campaignId = browser.await(d -> {
                String text = d.findElement(By.id("campaign-id")).getText();
                return text.startsWith("C-") ? text : null;
            });
        } catch (RuntimeException e) {
            throw new AssertionError("no campaign drafted; the page said: " + afterCreate, e);
        }
        assertThat(status(api, campaignId)).isEqualTo("DRAFT");
        assertThat(textOf("campaign-created-by")).startsWith(creator);

        browser.click("campaign-submit");
        browser.await(d -> status(api, campaignId).equals("PENDING_APPROVAL"));
        browser.await(d -> d.findElement(By.id("campaign-status")).getDomAttribute("data-status").equals("PENDING_APPROVAL"));

        browser.click("campaign-approve");
        String refusal = browser.await(d -> {
            String text = d.findElement(By.id("campaign-refusal")).getText();
            return text.isBlank() ? null : text;
        });
        assertThat(refusal).as("the creator's own approval is refused").contains("四眼原则");
        assertThat(status(api, campaignId)).isEqualTo("PENDING_APPROVAL");
        browser.click("campaign-detail-close");
        browser.click("sign-out");

        browser.signIn(approver, StaffUsers.PASSWORD);
        browser.open("/campaigns");
        browser.clickGridCell(name);
        browser.await(d -> d.findElement(By.id("campaign-id")).getText().equals(campaignId));
        browser.typeInto("campaign-decision-note", "同意，预算充足");
        browser.click("campaign-approve");
        browser.await(d -> status(api, campaignId).equals("RUNNING"));
        String decidedBy = browser.await(d -> textOf("campaign-decided-by"));
        assertThat(decidedBy).startsWith(approver);
        browser.click("campaign-detail-close");

        // core banking reports a deposit: DEPOSIT_BASE earns 20, double points 20 more
        String customer = api.newCustomer();
        var accrual = api.post("/api/v1/accruals", api.token("core-banking"), """
                {"sourceTxnId": "%s", "customerId": "%s", "activity": "DEPOSIT", "productCode": "%s",
                 "amount": "500.00", "currency": "CNY", "occurredAt": "%s"}"""
                .formatted(Api.uniqueId("T"), customer, product, Instant.now().minusSeconds(1)));
        assertThat(accrual.status()).as("accrual: %s", accrual).isEqualTo(201);

        browser.open("/campaigns");
        browser.clickGridCell(name);
        browser.await(d -> textOf("results-participants").equals("1"));
        assertThat(textOf("results-points-issued")).isEqualTo("20");
        assertThat(textOf("results-held-out")).isEqualTo("0");
        assertThat(textOf("results-budget-left")).isEqualTo("980");
        browser.await(d -> d.findElement(By.cssSelector("#campaign-results-chart svg")));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                browser.byId("campaign-results"));
        browser.screenshot("campaign-results");

        // stopped, so that it awards nothing more while the other tests run
        browser.typeInto("campaign-stop-reason", "测试结束");
        browser.click("campaign-stop");
        browser.click("campaign-stop-confirm");
        browser.await(d -> status(api, campaignId).equals("STOPPED"));
        browser.click("campaign-detail-close");

        browser.open("/earning-rules");
        browser.clickGridCell("DEPOSIT_BASE");
        browser.await(d -> d.findElement(By.id("rule-code")).getDomProperty("value").equals("DEPOSIT_BASE"));
        browser.screenshot("earning-rules");
        browser.click("sign-out");
    }
}
