package io.jifen.ui.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.jifen.reporting.application.DashboardService;
import io.jifen.reporting.application.DashboardService.PointsFlow;
import io.jifen.shared.security.Roles;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jfree.data.category.DefaultCategoryDataset;

/** Today and this month at a glance: points flows, the liability, orders, stock warnings, two charts. */
@Route(value = "", layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.PROCUREMENT, Roles.MARKETING, Roles.FULFILMENT, Roles.SERVICE, Roles.AUDITOR, Roles.RISK})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    public DashboardView() {
        setId("dashboard-view");
        var figures = Services.get(DashboardService.class).dashboard();
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.CHINA);

        var cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassNames(LumoUtility.Gap.MEDIUM);
        cards.add(flowCard("dashboard.today", figures.today(), numbers),
                flowCard("dashboard.month", figures.thisMonth(), numbers),
                card(getTranslation("dashboard.liability"),
                        line(getTranslation("dashboard.outstanding"), numbers.format(figures.outstandingPoints()), "outstanding-points"),
                        line(getTranslation("dashboard.costPerPoint"), "¥" + figures.costPerPoint().toPlainString(), null),
                        line(getTranslation("dashboard.liabilityAmount"), "¥" + figures.liability().toPlainString(), "liability")),
                ordersCard(figures, numbers),
                card(getTranslation("dashboard.stock"),
                        line(getTranslation("dashboard.openWarnings"), numbers.format(figures.openLowStockWarnings()), "open-warnings")));

        var daily = new DefaultCategoryDataset();
        String issued = getTranslation("dashboard.issued");
        String redeemed = getTranslation("dashboard.redeemed");
        figures.last30Days().forEach(day -> {
            daily.addValue(day.issued(), issued, DAY.format(day.day()));
            daily.addValue(day.redeemed(), redeemed, DAY.format(day.day()));
        });
        var categories = new DefaultCategoryDataset();
        figures.redeemedByCategory30Days().forEach((category, points) ->
                categories.addValue(points, redeemed, getTranslation("category." + category.name())));

        var charts = new FlexLayout(
                SvgCharts.lineChart(getTranslation("dashboard.chartDaily"), getTranslation("dashboard.points"), daily),
                SvgCharts.barChart(getTranslation("dashboard.chartCategories"), getTranslation("dashboard.points"), categories));
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.addClassNames(LumoUtility.Gap.MEDIUM);
        charts.setId("dashboard-charts");
        add(new H2(getTranslation("menu.dashboard")), cards, charts);
    }

    private Component flowCard(String titleKey, PointsFlow flow, NumberFormat numbers) {
        return card(getTranslation(titleKey),
                line(getTranslation("dashboard.issued"), numbers.format(flow.issued()), null),
                line(getTranslation("dashboard.redeemed"), numbers.format(flow.redeemed()), null),
                line(getTranslation("dashboard.expired"), numbers.format(flow.expired()), null),
                line(getTranslation("dashboard.adjusted"), signed(numbers, flow.adjusted()), null),
                line(getTranslation("dashboard.reversed"), signed(numbers, flow.reversed()), null),
                line(getTranslation("dashboard.net"), signed(numbers, flow.net()), null));
    }

    private static String signed(NumberFormat numbers, long value) {
        return (value > 0 ? "+" : "") + numbers.format(value);
    }

    private Component ordersCard(DashboardService.Dashboard figures, NumberFormat numbers) {
        var lines = figures.ordersByStatus().entrySet().stream()
                .map(e -> line(getTranslation("status." + e.getKey().name()), numbers.format(e.getValue()), null))
                .toArray(Component[]::new);
        return card(getTranslation("dashboard.orders"), lines.length == 0
                ? new Component[] {new Span(getTranslation("dashboard.noOrders"))} : lines);
    }

    private static Component card(String title, Component... lines) {
        var card = new Div(new H3(title));
        card.add(lines);
        card.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5);
        card.setMinWidth("14em");
        return card;
    }

    private static Component line(String label, String value, String id) {
        var figure = new Span(value);
        figure.addClassNames(LumoUtility.FontWeight.BOLD);
        if (id != null) {
            figure.setId(id);
        }
        var row = new Div(new Span(label + ": "), figure);
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard");
    }
}
