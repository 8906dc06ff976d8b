package io.jifen.ui.shared;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.jifen.shared.security.Roles;
import io.jifen.staff.application.StaffService;
import io.jifen.ui.security.SignedIn;
import java.util.List;

/**
 * The frame of every back-office view: the menu shows each role only its areas (the views refuse
 * the rest anyway), the signed-in user, the language switch and sign-out.
 */
@StyleSheet("context://jifen.css")
public class MainLayout extends AppLayout {
    /** A menu entry: the route, its label key, and the roles that may open it (as the view declares). */
    record Area(String path, String labelKey, String id, String... roles) {
    }

    static final List<Area> AREAS = List.of(
            new Area("", "menu.dashboard", "nav-dashboard", Roles.ADMIN, Roles.PROCUREMENT, Roles.MARKETING,
                    Roles.FULFILMENT, Roles.SERVICE, Roles.AUDITOR, Roles.RISK),
            new Area("customers", "menu.customers", "nav-customers", Roles.SERVICE, Roles.ADMIN, Roles.AUDITOR),
            new Area("gifts", "menu.gifts", "nav-gifts", Roles.PROCUREMENT, Roles.ADMIN),
            new Area("stock-warnings", "menu.stockWarnings", "nav-stock-warnings", Roles.PROCUREMENT, Roles.ADMIN),
            new Area("suppliers", "menu.suppliers", "nav-suppliers", Roles.PROCUREMENT, Roles.ADMIN),
            new Area("purchase-orders", "menu.purchaseOrders", "nav-purchase-orders", Roles.PROCUREMENT,
                    Roles.ADMIN),
            new Area("budget", "menu.budget", "nav-budget", Roles.PROCUREMENT, Roles.ADMIN),
            new Area("campaigns", "menu.campaigns", "nav-campaigns", Roles.MARKETING, Roles.ADMIN),
            new Area("earning-rules", "menu.earningRules", "nav-earning-rules", Roles.MARKETING, Roles.ADMIN),
            new Area("triggers", "menu.triggers", "nav-triggers", Roles.MARKETING, Roles.ADMIN),
            new Area("orders", "menu.orders", "nav-orders", Roles.FULFILMENT, Roles.ADMIN, Roles.SERVICE),
            new Area("partners", "menu.partners", "nav-partners", Roles.ADMIN, Roles.AUDITOR),
            new Area("webhooks", "menu.webhooks", "nav-webhooks", Roles.ADMIN),
            new Area("batch-jobs", "menu.batch", "nav-batch-jobs", Roles.ADMIN),
            new Area("adjustment-approvals", "menu.adjustmentApprovals", "nav-adjustment-approvals", Roles.RISK,
                    Roles.ADMIN),
            new Area("liability", "menu.liability", "nav-liability", Roles.ADMIN, Roles.AUDITOR),
            new Area("risk-alerts", "menu.riskAlerts", "nav-risk-alerts", Roles.RISK, Roles.ADMIN, Roles.AUDITOR),
            new Area("integrity", "menu.integrity", "nav-integrity", Roles.AUDITOR, Roles.ADMIN, Roles.RISK),
            new Area("audit", "menu.audit", "nav-audit", Roles.AUDITOR, Roles.ADMIN));

    public MainLayout() {
        var title = new H1(getTranslation("app.title"));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        // the name is the staff member's own (data); the roles in words, in their language: 采购、管理员
        var name = new Span(SignedIn.current().map(SignedIn::displayName).orElse(""));
        name.addClassName("jifen-data");
        var roles = new Span(SignedIn.current().map(s -> " · " + String.join("、",
                s.actor().roles().stream().sorted().map(role -> getTranslation("role." + role)).toList())).orElse(""));
        var user = new Span(name, roles);
        user.setId("signed-in-user");
        var signOut = new Button(getTranslation("menu.signOut"), click -> {
            SignedIn.current().ifPresent(s -> Services.get(StaffService.class).signedOut(s.actor()));
            SignedIn.end();
            getUI().ifPresent(ui -> ui.getPage().setLocation("/login"));
        });
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var header = new HorizontalLayout(new DrawerToggle(), title, user, new LanguageSwitch(), signOut);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(user);
        header.setWidthFull();
        header.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM);
        addToNavbar(header);

        var nav = new SideNav();
        nav.setId("main-nav");
        SignedIn.current().ifPresent(signedIn -> AREAS.stream()
                .filter(area -> signedIn.hasAnyRole(area.roles()))
                .forEach(area -> {
                    var item = new SideNavItem(getTranslation(area.labelKey()), "/" + area.path());
                    item.setId(area.id());
                    nav.addItem(item);
                }));
        // Vaadin's connection indicator (announced to screen readers) speaks the staff member's language too
        addAttachListener(attached -> attached.getUI().getPage().executeJs("""
                const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
                if (indicator) { indicator.onlineText = $0; indicator.offlineText = $1; indicator.reconnectingText = $2; }""",
                getTranslation("connection.online"), getTranslation("connection.offline"),
                getTranslation("connection.reconnecting")));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
