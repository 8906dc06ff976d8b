package io.jifen.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.junit.jupiter.api.extension.RegisterExtension;


/** An administrator registers a partner on the partners screen and suspends it; its tokens are then refused. */
@ExtendWith(RunningServer.class)
class PartnersBrowserIT {
    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @Test
    void an_administrator_registers_a_partner_and_suspends_it_and_its_tokens_are_refused(Api api) throws Exception {
        // a leading digit sorts the new partner first, so its row is on screen without scrolling
        String partner = Api.uniqueId("0ui");
        browser.signIn(StaffUsers.withRole(api, "admin"), StaffUsers.PASSWORD);
        browser.open("/partners");
        browser.typeInto("partner-id", partner);
        browser.typeInto("partner-name", "浏览器测试商城 UI mall");
        browser.click("partner-save");
        browser.await(d -> browser.gridCells().contains(partner));

        var registered = api.get("/api/v1/admin/partners/" + partner, api.token("admin"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
        assertThat(registered.json().getString("status")).isEqualTo("ACTIVE");
        assertThat(registered.json().getString("customerScope")).isEqualTo("ALL_CUSTOMERS");
        String token = api.mint("{\"subject\": \"it-ui\", \"groups\": [\"partner\"], \"partner\": \"" + partner + "\"}");
        assertThat(api.get("/api/v1/catalog/gifts", token).status()).isEqualTo(200);
        browser.screenshot("partners");

        browser.click("partner-suspend-" + partner);
        browser.click("partner-suspend-confirm");
        browser.byId("partner-activate-" + partner);

        assertThat(api.get("/api/v1/admin/partners/" + partner, api.token("auditor")).json().getString("status"))
                .isEqualTo("SUSPENDED");
        assertThat(api.get("/api/v1/catalog/gifts", token).status()).isEqualTo(403);
    }
}
