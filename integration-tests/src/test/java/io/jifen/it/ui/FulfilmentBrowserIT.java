package io.jifen.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.GiftMall;
import io.jifen.it.support.RunningServer;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.junit.jupiter.api.extension.RegisterExtension;

import org.openqa.selenium.By;

/** Fulfilment staff run the counter from the order board (the server's pickup limit is 5 s). */
@ExtendWith(RunningServer.class)
class FulfilmentBrowserIT {
    private static final String BRANCH = "BJ-HAIDIAN";
    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @Test
    void fulfilment_staff_find_an_overdue_pickup_on_the_board_and_hand_it_over_with_the_code(Api api) throws Exception {
        String gift = GiftMall.newPhysicalGift(api, 700);
        GiftMall.addStock(api, gift, "CENTRAL", 2);
        String customer = GiftMall.customerWithPoints(api, 3_000);
        var placed = GiftMall.order(api, customer, gift, 1, GiftMall.pickupAt(BRANCH));
        String orderId = placed.getString("id");
        String code = placed.getString("pickupCode");
        String staffToken = api.token("fulfilment");
        assertThat(api.post("/api/v1/admin/orders/" + orderId + "/allocate", staffToken,
                "{\"location\": \"" + BRANCH + "\"}").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/admin/orders/" + orderId + "/ready-for-pickup", staffToken, "").status())
                .isEqualTo(200);
        GiftMall.awaitOverdue(api, customer, orderId);

        String staff = StaffUsers.withRole(api, "fulfilment");
        browser.signIn(staff, StaffUsers.PASSWORD);
        browser.open("/orders");
        browser.typeInto("orders-customer-filter", customer);
        browser.await(d -> browser.gridCells().contains(orderId));
        assertThat(browser.gridCells()).as("the order is marked overdue on the board")
                .anyMatch(cell -> cell.contains("已超时"));
        browser.clickGridCell(orderId);
        browser.await(d -> d.findElement(By.id("order-detail-overdue")));
        assertThat(browser.byId("order-detail-status").getText()).isEqualTo("待自提");

        browser.typeInto("order-handover-code", code.equals("00000000") ? "11111111" : "00000000");
        browser.click("order-handover");
        browser.await(d -> browser.byId("order-detail").getText().contains("已输错 1 次"));
        browser.typeInto("order-handover-code", code);
        browser.screenshot("fulfilment-handover");
        browser.click("order-handover");

        browser.await(d -> browser.byId("order-detail-status").getText().equals("已自提"));
        browser.screenshot("fulfilment-handover-collected");
        var order = api.get("/api/v1/orders/" + orderId, api.token("partner")).json();
        assertThat(order.getString("status")).isEqualTo("COLLECTED");
        var history = order.getJsonArray("history");
        assertThat(history.getJsonObject(history.size() - 1).getString("by")).isEqualTo(staff);
        browser.click("order-detail-close");
        browser.click("sign-out");
    }
}
