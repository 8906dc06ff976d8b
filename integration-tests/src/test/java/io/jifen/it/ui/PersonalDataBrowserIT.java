package io.jifen.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.GiftMall;
import io.jifen.it.support.RunningServer;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.junit.jupiter.api.extension.RegisterExtension;

import org.openqa.selenium.By;

/** The admin UI keeps the customer's secrets and personal data as the API does (issue 12, findings 4 and 5). */
@ExtendWith(RunningServer.class)
class PersonalDataBrowserIT {
    private static final String BRANCH = "BJ-HAIDIAN";
    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @Test
    void the_order_board_and_the_order_detail_never_show_the_pickup_code(Api api) throws Exception {
        String gift = GiftMall.newPhysicalGift(api, 700);
        GiftMall.addStock(api, gift, BRANCH, 1);
        String customer = GiftMall.customerWithPoints(api, 3_000);
        var placed = GiftMall.order(api, customer, gift, 1, GiftMall.pickupAt(BRANCH));
        String orderId = placed.getString("id");
        String code = placed.getString("pickupCode");

        browser.signIn(StaffUsers.withRole(api, "fulfilment"), StaffUsers.PASSWORD);
        browser.open("/orders");
        browser.typeInto("orders-customer-filter", customer);
        browser.await(d -> browser.gridCells().contains(orderId));
        assertThat(browser.text()).as("the board").doesNotContain(code);
        browser.clickGridCell(orderId);
        browser.await(d -> d.findElement(By.id("order-detail-status")));

        assertThat(browser.byId("order-detail").getText()).as("the order detail").doesNotContain(code);
        assertThat(browser.driver().getPageSource()).as("anywhere in the page").doesNotContain(code);
        browser.click("order-detail-close");
        browser.click("sign-out");
    }

    @Test
    void the_customer_screen_masks_name_and_phone_for_an_auditor_who_cannot_search_by_phone(Api api) throws Exception {
        String customer = api.newCustomer();

        browser.signIn(StaffUsers.withRole(api, "auditor"), StaffUsers.PASSWORD);
        browser.open("/customers/" + customer);
        browser.await(d -> d.findElement(By.id("customer-name")));

        assertThat(browser.byId("customer-name").getText()).isEqualTo("王*");
        assertThat(browser.byId("customer-phone").getText()).isEqualTo("138****5678");
        assertThat(browser.driver().getPageSource()).doesNotContain("13812345678").doesNotContain("王小明");
        browser.screenshot("customer-masked-for-auditor");

        browser.open("/customers");
        browser.typeInto("customer-search", "13812345678");
        browser.await(d -> browser.isInvalid("customer-search"));
        assertThat(browser.driver().getPageSource()).doesNotContain("王小明");
        browser.click("sign-out");
    }
}
