package io.jifen.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.GiftMall;
import io.jifen.it.support.RunningServer;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.junit.jupiter.api.extension.RegisterExtension;

import org.openqa.selenium.By;

/** Staff do their daily work in the browser, through the same services the API uses. */
@ExtendWith(RunningServer.class)
class BackOfficeIT {
    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @Test
    void service_staff_adjust_points_and_see_the_ledger_change(Api api) throws Exception {
        String customer = api.newCustomer();
        api.accrue(Api.uniqueId("T"), customer, "DEPOSIT", "500.00", java.time.Instant.now().minusSeconds(60).toString());
        browser.signIn(StaffUsers.withRole(api, "service"), StaffUsers.PASSWORD);
        browser.open("/customers");
        browser.typeInto("customer-search", customer);
        browser.await(d -> browser.gridCells().contains(customer));
        browser.screenshot("customers");
        browser.clickGridCell(customer);
        browser.await(d -> d.findElement(By.id("customer-detail")));
        assertThat(browser.byId("customer-balance").getText()).isEqualTo("20");
        // the ledger reads in the staff member's language: the accrual is stored as a message, not English
        browser.await(d -> browser.gridCells().contains("存款 500.00 CNY"));

        browser.typeInto("adjust-points", "55");
        browser.typeInto("adjust-reason", "browser test goodwill 4711");
        browser.click("adjust-save");
        // nothing moves before staff have seen the effect
        browser.await(d -> browser.byId("adjust-confirm-effect").getText().contains("75"));
        assertThat(browser.byId("adjust-confirm-effect").getText()).contains("20");
        browser.screenshot("adjust-confirm");
        assertThat(api.balance(customer)).isEqualTo(20);
        browser.click("adjust-confirm-yes");

        // read by content: after the adjustment the page has scrolled the balance out of view
        browser.await(d -> "75".equals(browser.byId("customer-balance").getDomProperty("textContent")));
        browser.await(d -> browser.gridCells().stream().anyMatch(cell -> cell.contains("browser test goodwill 4711")));
        browser.screenshot("customer-detail");
        assertThat(api.balance(customer)).as("the API sees the same ledger").isEqualTo(75);
        api.assertLedgerConsistent(customer);

        // staff tag the customer for marketing's campaigns
        browser.typeInto("customer-segments-input", "retiree, REGION_SH");
        browser.click("customer-segments-save");
        browser.await(d -> browser.byId("customer-segments").getText().equals("REGION_SH, 退休人士"));
        assertThat(api.get("/api/v1/customers/" + customer, api.token("service")).json().getJsonArray("segments")
                .getValuesAs(jakarta.json.JsonString::getString)).containsExactly("REGION_SH", "RETIREE");
        browser.click("sign-out");
    }

    @Test
    void an_auditor_sees_the_staff_action_in_the_audit_log(Api api) throws Exception {
        String customer = api.newCustomer();
        var adjusted = api.post("/api/v1/customers/" + customer + "/points/adjustments", api.token("service"),
                "{\"points\": 12, \"reason\": \"audit trail check\"}");
        assertThat(adjusted.status()).isEqualTo(201);
        browser.signIn(StaffUsers.withRole(api, "auditor"), StaffUsers.PASSWORD);
        browser.open("/audit");
        browser.typeInto("audit-filter", customer);
        browser.await(d -> browser.gridCells().stream().anyMatch(cell -> cell.contains("audit trail check")));
        browser.screenshot("audit");
        browser.click("sign-out");
    }

    @Test
    void a_risk_officer_approves_an_adjustment_over_the_limit_after_seeing_its_effect(Api api) throws Exception {
        String customer = api.newCustomer();
        var asked = api.post("/api/v1/customers/" + customer + "/points/adjustments",
                api.staffToken(Api.uniqueId("it-clerk"), "service"), "{\"points\": 25000, \"reason\": \"migrated 4712\"}");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        String id = asked.json().getString("requestId");

        browser.signIn(StaffUsers.withRole(api, "risk"), StaffUsers.PASSWORD);
        browser.open("/adjustment-approvals");
        browser.await(d -> browser.gridCells().contains(customer));
        browser.screenshot("adjustment-approvals");
        browser.click("approve-" + id);
        browser.await(d -> browser.byId("adjustment-confirm-effect").getText().contains("25,000"));
        assertThat(api.balance(customer)).as("nothing moves before the officer confirms").isZero();
        browser.click("adjustment-confirm-yes");
        browser.await(d -> api.balance(customer) == 25_000);
        browser.await(d -> !browser.gridCells().contains(customer));
        api.assertLedgerConsistent(customer);
        browser.click("sign-out");
    }

    @Test
    void fulfilment_staff_find_an_order_on_the_board_and_open_its_history(Api api) throws Exception {
        String gift = GiftMall.newPhysicalGift(api, 900);
        GiftMall.addStock(api, gift, "CENTRAL", 5);
        String customer = GiftMall.customerWithPoints(api, 5_000);
        var order = api.send(api.request("/api/v1/orders", api.token("partner"))
                .header("Content-Type", "application/json").header("Idempotency-Key", Api.uniqueId("K"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"customerId": "%s", "giftId": "%s", "quantity": 1, "fulfilment": {"channel": "COURIER",
                         "address": {"recipient": "王小明", "phone": "13812345678", "line1": "建国路 88 号",
                                     "city": "北京", "postalCode": "100022"}}}""".formatted(customer, gift))));
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        String orderId = order.json().getString("id");

        browser.signIn(StaffUsers.withRole(api, "fulfilment"), StaffUsers.PASSWORD);
        browser.open("/orders");
        browser.typeInto("orders-customer-filter", customer);
        browser.await(d -> browser.gridCells().contains(orderId));
        browser.screenshot("orders");
        browser.clickGridCell(orderId);
        browser.await(d -> d.findElement(By.id("order-history")));
        assertThat(browser.byId("order-detail").getText()).contains(customer);
        browser.screenshot("order-detail");
        browser.click("order-detail-close");
        browser.click("sign-out");
    }

    @Test
    void procurement_creates_a_gift_after_fixing_a_validation_error(Api api) throws Exception {
        String sku = Api.uniqueId("UI-GIFT").toUpperCase();
        browser.signIn(StaffUsers.withRole(api, "procurement"), StaffUsers.PASSWORD);
        browser.open("/gifts");
        browser.await(d -> d.findElement(By.id("gift-grid")));
        browser.screenshot("gifts");
        browser.click("gift-new");
        browser.typeInto("gift-sku", sku);
        browser.typeInto("gift-name", "浏览器测试礼品");
        browser.chooseFirst("gift-category");
        browser.chooseFirst("gift-type");
        browser.typeInto("gift-price", "3200");
        browser.tick("gift-channels", 2);
        browser.typeInto("gift-unit-cost", "abc");
        browser.click("gift-save");

        browser.await(d -> browser.isInvalid("gift-unit-cost"));
        browser.screenshot("gift-validation-error");
        assertThat(catalogCount(api, sku)).as("nothing saved while a field is invalid").isZero();

        browser.typeInto("gift-unit-cost", "199.00");
        browser.click("gift-save");
        browser.await(d -> catalogCount(api, sku) == 1);
        assertThat(browser.isInvalid("gift-unit-cost")).isFalse();
        browser.click("sign-out");
    }

    private static long catalogCount(Api api, String sku) {
        return api.get("/api/v1/catalog/gifts?q=" + sku, api.token("service")).json().getJsonNumber("total").longValue();
    }
}
