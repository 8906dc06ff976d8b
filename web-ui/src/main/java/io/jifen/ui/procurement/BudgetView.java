package io.jifen.ui.procurement;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jifen.procurement.Budget;
import io.jifen.procurement.BudgetAlert;
import io.jifen.procurement.application.BudgetService;
import io.jifen.shared.security.Roles;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;

/** A period's budget: the figures, a bar of spent / committed / available / reserve, and the alerts. */
@Route(value = "budget", layout = MainLayout.class)
@RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
public class BudgetView extends VerticalLayout implements HasDynamicTitle {
    private final BudgetService budgets = Services.get(BudgetService.class);
    private final Div content = new Div();

    public BudgetView() {
        setId("budget-view");
        var period = new ComboBox<Budget>(getTranslation("procurement.budget.period"));
        period.setId("budget-period");
        period.setItemLabelGenerator(b -> b.period().code());
        var all = budgets.budgets();
        period.setItems(all);
        period.addValueChangeListener(e -> show(e.getValue()));
        content.setWidthFull();
        add(new H2(getTranslation("menu.budget")), period, content);
        if (!all.isEmpty()) {
            period.setValue(all.getFirst());
        }
    }

    private void show(Budget chosen) {
        content.removeAll();
        if (chosen == null) {
            return;
        }
        var found = budgets.find(chosen.period());
        var a = found.budget().amounts();
        var figures = new FlexLayout();
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.addClassName("jifen-figures");
        figures.add(figure("allocated", a.allocated()), figure("reserve", a.reserve()),
                figure("committed", a.committed()), figure("spent", a.spent()), figure("available", a.available()),
                figure("reserveLeft", a.reserveLeft()));
        var used = new Span(getTranslation("procurement.budget.usedPercent", a.usedPercent().toPlainString()));
        used.setId("budget-used-percent");
        var alerts = new Grid<BudgetAlert>();
        alerts.setId("budget-alerts");
        alerts.addColumn(x -> x.thresholdPercent() + "%").setHeader(getTranslation("procurement.budget.threshold"));
        alerts.addColumn(x -> Format.yuan(x.used())).setHeader(getTranslation("procurement.budget.used"));
        alerts.addColumn(BudgetAlert::orderId).setHeader(getTranslation("procurement.po.order"));
        alerts.addColumn(x -> Format.time(x.raisedAt())).setHeader(getTranslation("procurement.budget.raisedAt"));
        alerts.setItems(found.alerts());
        alerts.setAllRowsVisible(true);
        content.add(figures, used, BudgetChart.of(a, getTranslation("procurement.budget.spent"),
                        getTranslation("procurement.budget.committed"), getTranslation("procurement.budget.available"),
                        getTranslation("procurement.budget.reserveLeft")),
                new H3(getTranslation("procurement.budget.alerts")), alerts);
    }

    private VerticalLayout figure(String key, BigDecimal amount) {
        var value = new Span(Format.yuan(amount));
        value.setId("budget-" + key);
        value.addClassName("jifen-figure-value");
        var box = new VerticalLayout(new Span(getTranslation("procurement.budget." + key)), value);
        box.setPadding(false);
        box.setSpacing(false);
        box.setWidth("auto");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.budget");
    }
}
