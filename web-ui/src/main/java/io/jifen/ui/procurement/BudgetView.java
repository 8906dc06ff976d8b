package io.jifen.ui.procurement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jifen.procurement.Budget;
import io.jifen.procurement.BudgetAlert;
import io.jifen.procurement.BudgetPeriod;
import io.jifen.procurement.application.BudgetService;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Money;
import io.jifen.shared.security.Roles;
import io.jifen.ui.security.SignedIn;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.GridExport;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Notifications;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The procurement budget per period: its figures as labelled cards, a bar of spent / committed /
 * available / reserve, the alerts raised at the thresholds, and (for an admin) the form that sets
 * a period's allocation and contingency reserve.
 */
@Route(value = "budget", layout = MainLayout.class)
@RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
public class BudgetView extends VerticalLayout implements HasDynamicTitle {
    private final BudgetService budgets = Services.get(BudgetService.class);
    private final ComboBox<Budget> period = new ComboBox<>();
    private final Div content = new Div();

    public BudgetView() {
        setId("budget-view");
        period.setLabel(getTranslation("procurement.budget.period"));
        period.setId("budget-period");
        period.setItemLabelGenerator(b -> b.period().code());
        period.addValueChangeListener(e -> show(e.getValue()));
        content.setWidthFull();
        var thresholds = new Span(getTranslation("procurement.budget.thresholds", budgets.alertThresholds().stream()
                .map(t -> t + "%").collect(Collectors.joining(" · "))));
        thresholds.setId("budget-thresholds");
        add(new H2(getTranslation("menu.budget")));
        if (SignedIn.current().map(s -> s.hasAnyRole(Roles.ADMIN)).orElse(false)) {
            add(setForm());
        }
        add(new HorizontalLayout(period, thresholds), content);
        reload(null);
    }

    private void reload(String chosen) {
        List<Budget> all = budgets.budgets();
        period.setItems(all);
        all.stream().filter(b -> chosen == null || b.period().code().equals(chosen)).findFirst()
                .ifPresent(period::setValue);
    }

    /** An admin sets a period's budget: the allocation and a reserve of 15 to 20 percent. */
    private VerticalLayout setForm() {
        var code = new TextField(getTranslation("procurement.budget.period"));
        code.setId("budget-set-period");
        code.setHelperText(getTranslation("procurement.budget.periodHelp"));
        code.setValue(BudgetPeriod.monthOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(1)).code());
        var allocated = new BigDecimalField(getTranslation("procurement.budget.allocated"));
        allocated.setId("budget-set-allocated");
        allocated.setPrefixComponent(new Span("¥"));
        var reserve = new BigDecimalField(getTranslation("procurement.budget.reservePercent"));
        reserve.setId("budget-set-reserve");
        reserve.setValue(Budget.MIN_RESERVE_PERCENT);
        reserve.setSuffixComponent(new Span("%"));
        reserve.setHelperText(getTranslation("procurement.budget.reserveHelp"));
        var save = new Button(getTranslation("procurement.budget.set"), click -> {
            if (allocated.getValue() == null || allocated.isInvalid()) {
                allocated.setInvalid(true);
                allocated.setErrorMessage(getTranslation("procurement.budget.amountRule"));
                return;
            }
            BudgetService.SetResult[] result = new BudgetService.SetResult[1];
            if (Notifications.attempt(() -> result[0] = budgets.set(new BudgetPeriod(code.getValue().strip()),
                    new Money(allocated.getValue(), Money.CNY), percent(reserve)))) {
                Notifications.success(getTranslation(result[0].created() ? "procurement.budget.created"
                        : "procurement.budget.changed", result[0].budget().period().code()));
                reload(result[0].budget().period().code());
            }
        });
        save.setId("budget-set");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var fields = new HorizontalLayout(code, allocated, reserve, save);
        fields.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        fields.setWrap(true);
        var form = new VerticalLayout(new H3(getTranslation("procurement.budget.setTitle")), fields);
        form.setPadding(false);
        return form;
    }

    private static BigDecimal percent(BigDecimalField field) {
        if (field.getValue() == null || field.isInvalid()) {
            throw new InvalidRequestException("reservePercent", "the contingency reserve is 15 to 20 percent");
        }
        return field.getValue();
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
        var alerts = new ExportableGrid<BudgetAlert>();
        alerts.setId("budget-alerts");
        alerts.addColumn(x -> x.thresholdPercent() + "%").setHeader(getTranslation("procurement.budget.threshold"))
                .setSortable(true).setComparator(BudgetAlert::thresholdPercent);
        alerts.addColumn(x -> Format.yuan(x.used())).setHeader(getTranslation("procurement.budget.used"))
                .setSortable(true).setComparator(BudgetAlert::used);
        alerts.addColumn(BudgetAlert::orderId).setHeader(getTranslation("procurement.po.order")).setSortable(true);
        alerts.addColumn(x -> Format.time(x.raisedAt())).setHeader(getTranslation("procurement.budget.raisedAt"))
                .setSortable(true).setComparator(BudgetAlert::raisedAt);
        alerts.setItems(found.alerts());
        alerts.setAllRowsVisible(true);
        var alertsHead = new HorizontalLayout(new H3(getTranslation("procurement.budget.alerts")),
                GridExport.buttons(alerts, "budget-alerts-" + chosen.period().code()));
        alertsHead.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        content.add(figures, used, BudgetChart.of(a, List.of(getTranslation("procurement.budget.spent"),
                        getTranslation("procurement.budget.committed"), getTranslation("procurement.budget.available"),
                        getTranslation("procurement.budget.reserveLeft"))), alertsHead, alerts);
    }

    private Div figure(String key, BigDecimal amount) {
        var label = new Div(getTranslation("procurement.budget." + key));
        label.addClassName("jifen-figure-label");
        var value = new Div(Format.yuan(amount));
        value.setId("budget-" + key);
        value.addClassName("jifen-figure-value");
        var box = new Div(label, value);
        box.addClassName("jifen-figure");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.budget");
    }
}
