package io.jifen.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.procurement.Procurement;
import io.jifen.it.support.Api;
import io.jifen.it.support.GiftMall;
import io.jifen.it.support.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Buying in the browser without typing an id: an admin sets the period's budget, a buyer adds a
 * supplier and its bulk-tier quote, compares offers, builds an order by picking supplier and gift
 * by name or SKU; a colleague approves and receives it; the budget shows it spent, and the list
 * exports as CSV and Excel.
 */
@ExtendWith(RunningServer.class)
class ProcurementBrowserIT {
    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    private static String status(Api api, String orderId) {
        return api.get(Procurement.ORDERS + "/" + orderId, Procurement.buyer1(api)).json().getString("status");
    }

    @Test
    void a_buyer_buys_receives_and_spends_within_budget_without_typing_an_id(Api api) throws Exception {
        String period = Procurement.freshPeriod();
        String sku = Api.uniqueId("UMB");
        String giftName = "晴雨伞 " + sku.substring(4, 10);
        String giftId = GiftMall.newGift(api, sku, giftName, "ELECTRONICS", "PHYSICAL", 1000, 0,
                "[\"BRANCH_PICKUP\", \"COURIER\"]", "[]", 0);
        String supplierName = "伞业供应商 " + sku.substring(4, 10);
        String admin = StaffUsers.withRole(api, "admin");
        String buyer = StaffUsers.withRole(api, "procurement");
        String approver = StaffUsers.withRole(api, "procurement");

        // an admin sets the period's budget in the UI
        browser.signIn(admin, StaffUsers.PASSWORD);
        browser.open("/budget");
        browser.typeInto("budget-set-period", period);
        browser.typeInto("budget-set-allocated", "50000.00");
        browser.click("budget-set");
        browser.await(d -> api.get(Procurement.BUDGETS + "/" + period, Procurement.buyer1(api)).status() == 200);
        assertThat(Procurement.budgetOf(api, period).getString("allocated")).isEqualTo("50000.00");
        browser.click("sign-out");

        // the buyer adds the supplier and a quote with two bulk tiers, the gift found by its SKU
        browser.signIn(buyer, StaffUsers.PASSWORD);
        browser.open("/suppliers");
        browser.click("supplier-new");
        browser.typeInto("supplier-name", supplierName);
        browser.typeInto("supplier-contact", "王经理");
        browser.click("supplier-save");
        browser.await(d -> d.findElement(By.id("supplier-heading")).getText().equals(supplierName));
        browser.pick("quote-gift", sku);
        browser.typeInto("quote-min-0", "1");
        browser.typeInto("quote-price-0", "30.00");
        browser.typeInto("quote-min-1", "10");
        browser.typeInto("quote-price-1", "25.00");
        browser.click("quote-save");
        browser.await(d -> d.findElement(By.id("supplier-quotes")).getText().contains("10+")
                || browser.gridCells().contains("10+"));
        browser.pick("compare-gift", giftName);
        browser.typeInto("compare-quantity", "12");
        browser.click("compare-run");
        browser.await(d -> browser.gridCells().contains("¥300.00"));
        assertThat(browser.gridCells()).contains(supplierName, "10+", "¥25.00");
        browser.screenshot("suppliers");

        // and builds the order by picking, never typing an id
        browser.open("/purchase-orders");
        browser.click("po-new");
        browser.pick("po-supplier", supplierName);
        browser.pick("po-period", period);
        browser.pick("po-gift", giftName);
        browser.typeInto("po-quantity", "10");
        browser.click("po-add-line");
        browser.click("po-draft");
        String heading = browser.await(d -> {
            String text = d.findElement(By.id("po-heading")).getText();
            return text.startsWith("PO-") ? text : null;
        });
        String orderId = heading.substring(0, heading.indexOf(' '));
        assertThat(heading).contains("¥250.00");
        assertThat(browser.byId("po-supplier-name").getText()).contains(supplierName);
        browser.click("po-submit");
        browser.await(d -> status(api, orderId).equals("SUBMITTED"));
        browser.click("sign-out");

        // a colleague approves and receives it; the line is chosen by its gift
        browser.signIn(approver, StaffUsers.PASSWORD);
        browser.open("/purchase-orders");
        browser.pick("po-filter-supplier", supplierName);
        browser.clickGridCell(orderId);
        browser.click("po-approve");
        browser.await(d -> status(api, orderId).equals("APPROVED"));
        browser.typeInto("receive-received", "10");
        browser.typeInto("receive-accepted", "8");
        browser.typeInto("receive-reason", "包装破损");
        browser.click("receive-submit");
        browser.await(d -> status(api, orderId).equals("RECEIVED"));
        browser.await(d -> d.findElement(By.id("po-lines")));
        browser.screenshot("purchase-order");

        assertThat(GiftMall.stockAt(api, giftId, "CENTRAL")).isEqualTo(8);
        var budget = Procurement.budgetOf(api, period);
        assertThat(budget.getString("spent")).isEqualTo("200.00");
        assertThat(budget.getString("committed")).isEqualTo("0.00");
        var order = api.get(Procurement.ORDERS + "/" + orderId, Procurement.buyer1(api)).json();
        assertThat(order.getString("supplierId")).startsWith("S");
        assertThat(order.getString("submittedBy")).isEqualTo(buyer);
        assertThat(order.getString("approvedBy")).isEqualTo(approver);

        // the filtered list exports: the CSV holds this order with its supplier's name, the Excel is a workbook
        var csv = browser.download("po-grid-export-csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.disposition()).contains(".csv");
        assertThat(csv.text().lines().toList()).hasSize(2);
        assertThat(csv.text().lines().skip(1).findFirst().orElseThrow()).contains(orderId, supplierName, "已到货");
        var xlsx = browser.download("po-grid-export-xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        assertThat(xlsx.text()).startsWith("PK");
        // and each file taken out is on the record: who, which list, how many rows
        var exports = api.get("/api/v1/admin/audit?actor=" + approver + "&action=exported%20list", api.token("auditor"))
                .json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class);
        assertThat(exports).extracting(e -> e.getString("details")).contains("1 rows as csv", "1 rows as xlsx");
        assertThat(exports).extracting(e -> e.getString("subject")).containsOnly("list:purchase-orders");

        browser.open("/budget");
        browser.pick("budget-period", period);
        browser.await(d -> d.findElement(By.id("budget-spent")).getText().equals("¥200.00"));
        assertThat(browser.byId("budget-chart").getText()).contains("¥200.00");
        browser.screenshot("budget");
        browser.click("sign-out");
    }
}
