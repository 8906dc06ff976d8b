package io.jifen.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import java.util.List;
import java.util.Map;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Staff sign in, see the menu of their role, and are refused views of other roles. */
@ExtendWith(RunningServer.class)
class SignInIT {
    private static final Map<String, List<String>> MENU = Map.of(
            "admin", List.of("nav-dashboard", "nav-customers", "nav-gifts", "nav-stock-warnings", "nav-suppliers", "nav-purchase-orders", "nav-budget", "nav-campaigns", "nav-earning-rules", "nav-triggers", "nav-orders", "nav-partners", "nav-webhooks", "nav-batch-jobs", "nav-adjustment-approvals", "nav-liability", "nav-risk-alerts", "nav-integrity", "nav-audit"),
            "procurement", List.of("nav-dashboard", "nav-gifts", "nav-stock-warnings", "nav-suppliers", "nav-purchase-orders", "nav-budget"),
            "marketing", List.of("nav-dashboard", "nav-campaigns", "nav-earning-rules", "nav-triggers"),
            "fulfilment", List.of("nav-dashboard", "nav-orders"),
            "service", List.of("nav-dashboard", "nav-customers", "nav-orders"),
            "auditor", List.of("nav-dashboard", "nav-customers", "nav-partners", "nav-liability", "nav-risk-alerts", "nav-integrity", "nav-audit"),
            "risk", List.of("nav-dashboard", "nav-adjustment-approvals", "nav-risk-alerts", "nav-integrity"));
    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @ParameterizedTest
    @ValueSource(strings = {"admin", "procurement", "marketing", "fulfilment", "service", "auditor", "risk"})
    void each_role_sees_only_its_areas_in_the_menu(String role, Api api) throws Exception {
        browser.signIn(StaffUsers.withRole(api, role), StaffUsers.PASSWORD);
        browser.await(d -> d.findElement(By.id("dashboard-view")));
        List<String> items = browser.driver().findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(WebElement::getText).toList();
        List<String> ids = browser.driver().findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(item -> item.getDomAttribute("id")).toList();
        assertThat(ids).as("menu of %s (%s)", role, items).containsExactlyInAnyOrderElementsOf(MENU.get(role));
        if (role.equals("admin")) {
            browser.screenshot("dashboard");
        }
        browser.click("sign-out");
    }

    @Test
    void a_view_of_another_role_opened_by_url_is_refused(Api api) throws Exception {
        browser.signIn(StaffUsers.withRole(api, "marketing"), StaffUsers.PASSWORD);
        browser.await(d -> d.findElement(By.id("dashboard-view")));
        browser.open("/audit");
        browser.await(d -> d.findElement(By.id("access-denied")));
        assertThat(browser.driver().findElements(By.id("audit-view"))).isEmpty();
        browser.click("sign-out");
    }

    @Test
    void a_wrong_password_is_refused_and_five_lock_the_account(Api api) throws Exception {
        String user = StaffUsers.withRole(api, "service");
        for (int i = 0; i < 5; i++) {
            browser.signIn(user, "not-the-password");
            assertThat(browser.currentPath()).isEqualTo("/login");
        }
        browser.signIn(user, StaffUsers.PASSWORD);
        assertThat(browser.currentPath()).as("locked: even the right password is refused").isEqualTo("/login");
        browser.screenshot("login-locked");
    }

    @Test
    void without_signing_in_every_view_leads_to_the_login(Api api) throws Exception {
        browser.open("/audit");
        browser.await(d -> d.findElement(By.tagName("vaadin-login-form")));
        assertThat(browser.currentPath()).isEqualTo("/login");
    }
}
