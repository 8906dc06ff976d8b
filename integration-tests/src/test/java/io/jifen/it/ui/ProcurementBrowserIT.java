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

/** A buyer drafts and submits a purchase order in the browser; a colleague approves and receives it. */
@ExtendWith(RunningServer.class)
class ProcurementBrowserIT {
    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    private static String status(Api api, String orderId) {
        return api.get(Procurement.ORDERS + "/" + orderId, Procurement.buyer1(api)).json().getString("status");
    }

    @Test
    void one_purchase_order_walks_from_draft_to_received(Api api) throws Exception {
        String period = Procurement.budget(api, "50000.00");
        String[] supplierAndGift = Procurement.supplierAndGift(api, "25.00");
        String buyer = StaffUsers.withRole(api, "procurement");
        String approver = StaffUsers.withRole(api, "procurement");

        browser.signIn(buyer, StaffUsers.PASSWORD);
        browser.open("/purchase-orders");
        browser.typeInto("po-supplier", supplierAndGift[0]);
        browser.typeInto("po-period", period);
        browser.typeInto("po-gift", supplierAndGift[1]);
        browser.typeInto("po-quantity", "10");
        browser.click("po-draft");
        String afterDraft = browser.text();
        String heading;
        try {
            heading = browser.await(d -> {
                String text = d.findElement(By.id("po-heading")).getText();
                return text.startsWith("PO-") ? text : null;
            });
        } catch (RuntimeException e) {
            throw new AssertionError("no order drafted; the page said: " + afterDraft + " / orders: "
                    + api.get(Procurement.ORDERS + "?period=" + period, Procurement.buyer1(api)), e);
        }
        String orderId = heading.substring(0, heading.indexOf(' '));
        assertThat(status(api, orderId)).isEqualTo("DRAFT");
        browser.click("po-submit");
        browser.await(d -> status(api, orderId).equals("SUBMITTED"));
        browser.click("sign-out");

        browser.signIn(approver, StaffUsers.PASSWORD);
        browser.open("/purchase-orders");
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

        assertThat(GiftMall.stockAt(api, supplierAndGift[1], "CENTRAL")).isEqualTo(8);
        var budget = Procurement.budgetOf(api, period);
        assertThat(budget.getString("spent")).isEqualTo("200.00");
        assertThat(budget.getString("committed")).isEqualTo("0.00");
        var order = api.get(Procurement.ORDERS + "/" + orderId, Procurement.buyer1(api)).json();
        assertThat(order.getString("submittedBy")).isEqualTo(buyer);
        assertThat(order.getString("approvedBy")).isEqualTo(approver);

        browser.open("/budget");
        browser.await(d -> d.findElement(By.id("budget-period")));
        browser.click("sign-out");
    }
}
