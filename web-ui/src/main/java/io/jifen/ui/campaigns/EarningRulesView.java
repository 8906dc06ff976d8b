package io.jifen.ui.campaigns;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jifen.ui.shared.ApprovalButtons;
import io.jifen.campaigns.application.EarningRuleService;
import io.jifen.customers.CreditRating;
import io.jifen.customers.StarLevel;
import io.jifen.points.Activity;
import io.jifen.points.EarningRule;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.security.Roles;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.GridExport;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Notifications;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Earning rules and every version of them. History is never rewritten: a change is a new version
 * from a moment not in the past (empty means now), and a rule ends from now or later. Choosing a
 * version fills the form with its terms, to change it.
 */
@Route(value = "earning-rules", layout = MainLayout.class)
@RolesAllowed({Roles.MARKETING, Roles.ADMIN})
public class EarningRulesView extends VerticalLayout implements HasDynamicTitle {
    private final EarningRuleService rules = Services.get(EarningRuleService.class);
    private final ExportableGrid<EarningRule> grid = new ExportableGrid<>();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<Activity> activity = new ComboBox<>();
    private final TextField productCode = new TextField();
    private final ComboBox<StarLevel> minStar = new ComboBox<>();
    private final ComboBox<CreditRating> minCredit = new ComboBox<>();
    private final TextField fixedPoints = new TextField();
    private final TextField pointsPerStep = new TextField();
    private final TextField stepAmount = new TextField();
    private final Select<EarningRule.StepRounding> rounding = new Select<>();
    private final TextField minAmount = new TextField();
    private final TextField dailyCap = new TextField();
    private final TextField monthlyCap = new TextField();
    private final Checkbox tierMultiplied = new Checkbox();
    private final DateTimePicker effectiveFrom = new DateTimePicker();
    private final DateTimePicker effectiveTo = new DateTimePicker();
    private final DateTimePicker endAt = new DateTimePicker();
    private final Marketing.FieldErrors errors = new Marketing.FieldErrors();
    private final Marketing.FieldErrors endErrors = new Marketing.FieldErrors();

    public EarningRulesView() {
        setId("earning-rules-view");
        setWidthFull();
        configureGrid();
        configureFields();
        var heading = new HorizontalLayout(new H2(getTranslation("menu.earningRules")),
                GridExport.buttons(grid, "earning-rules"));
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(heading, new Paragraph(getTranslation("marketing.rule.intro")), grid,
                new H3(getTranslation("marketing.rule.form")), form(), buttons(), endForm());
    }

    private void configureGrid() {
        grid.setId("rule-grid");
        grid.addColumn(EarningRule::code).setHeader(getTranslation("marketing.rule.code")).setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(EarningRule::version).setHeader(getTranslation("marketing.rule.version")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(EarningRule::name).setHeader(getTranslation("marketing.rule.name")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("marketing.activity." + r.activity().name()))
                .setHeader(getTranslation("marketing.rule.activity")).setAutoWidth(true);
        grid.addColumn(r -> r.productCode() == null ? "" : r.productCode())
                .setHeader(getTranslation("marketing.rule.product")).setAutoWidth(true);
        grid.addColumn(r -> r.minStarLevel() == null ? "" : getTranslation("marketing.star." + r.minStarLevel().number()))
                .setHeader(getTranslation("marketing.rule.minStar")).setAutoWidth(true);
        grid.addColumn(r -> r.minCreditRating() == null ? "" : r.minCreditRating().name())
                .setHeader(getTranslation("marketing.rule.minCredit")).setAutoWidth(true);
        grid.addColumn(r -> Marketing.points(r.fixedPoints())).setHeader(getTranslation("marketing.rule.fixed"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> r.pointsPerStep() == 0 ? "" : getTranslation("marketing.rule.perStepShown",
                        Marketing.points(r.pointsPerStep()), Marketing.yuan(r.stepAmount()),
                        getTranslation("marketing.rounding." + r.stepRounding().name())))
                .setHeader(getTranslation("marketing.rule.perStep")).setAutoWidth(true);
        grid.addColumn(r -> Marketing.yuan(r.minAmount())).setHeader(getTranslation("marketing.rule.minAmount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> Marketing.points(r.dailyCap())).setHeader(getTranslation("marketing.rule.dailyCap"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> Marketing.points(r.monthlyCap())).setHeader(getTranslation("marketing.rule.monthlyCap"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> r.isTierMultiplied() ? "✓" : "").setHeader(getTranslation("marketing.rule.tierMultiplied"))
                .setAutoWidth(true);
        grid.addColumn(r -> Marketing.time(r.effectiveFrom())).setHeader(getTranslation("marketing.rule.from"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.effectiveTo() == null ? getTranslation("marketing.rule.open") : Marketing.time(r.effectiveTo()))
                .setHeader(getTranslation("marketing.rule.to")).setAutoWidth(true);
        grid.addComponentColumn(r -> ApprovalButtons.of(this, r.code() + "-" + r.version(), r.approval(),
                        getTranslation("marketing.approval.ruleEffect", r.code(), r.version(), Marketing.time(r.effectiveFrom())),
                        () -> rules.approve(r.code(), r.version()), reason -> rules.reject(r.code(), r.version(), reason),
                        this::refresh))
                .setHeader(getTranslation("marketing.approval.title")).setAutoWidth(true);
        grid.setHeight("360px");
        grid.addItemClickListener(click -> fill(click.getItem()));
        refresh();
    }

    private void refresh() {
        grid.setItems(rules.allVersions());
    }

    private void configureFields() {
        code.setId("rule-code");
        code.setLabel(getTranslation("marketing.rule.code"));
        code.setHelperText(getTranslation("marketing.rule.codeHelp"));
        code.setMaxLength(64);
        name.setId("rule-name");
        name.setLabel(getTranslation("marketing.rule.name"));
        name.setMaxLength(200);
        activity.setId("rule-activity");
        activity.setLabel(getTranslation("marketing.rule.activity"));
        activity.setItems(Activity.values());
        activity.setItemLabelGenerator(a -> getTranslation("marketing.activity." + a.name()));
        productCode.setId("rule-product");
        productCode.setLabel(getTranslation("marketing.rule.product"));
        productCode.setHelperText(getTranslation("marketing.rule.anyProduct"));
        minStar.setId("rule-min-star");
        minStar.setLabel(getTranslation("marketing.rule.minStar"));
        minStar.setItems(StarLevel.values());
        minStar.setItemLabelGenerator(l -> getTranslation("marketing.star." + l.number()));
        minStar.setClearButtonVisible(true);
        minCredit.setId("rule-min-credit");
        minCredit.setLabel(getTranslation("marketing.rule.minCredit"));
        minCredit.setItems(CreditRating.values());
        minCredit.setClearButtonVisible(true);
        fixedPoints.setId("rule-fixed");
        fixedPoints.setLabel(getTranslation("marketing.rule.fixed"));
        fixedPoints.setValue("0");
        pointsPerStep.setId("rule-per-step");
        pointsPerStep.setLabel(getTranslation("marketing.rule.pointsPerStep"));
        pointsPerStep.setValue("0");
        stepAmount.setId("rule-step-amount");
        stepAmount.setLabel(getTranslation("marketing.rule.stepAmount"));
        stepAmount.setPlaceholder("500000.00");
        rounding.setId("rule-rounding");
        rounding.setLabel(getTranslation("marketing.rule.rounding"));
        rounding.setItems(EarningRule.StepRounding.values());
        rounding.setItemLabelGenerator(r -> getTranslation("marketing.rounding." + r.name()));
        rounding.setValue(EarningRule.StepRounding.DOWN);
        minAmount.setId("rule-min-amount");
        minAmount.setLabel(getTranslation("marketing.rule.minAmount"));
        minAmount.setPlaceholder("0.00");
        dailyCap.setId("rule-daily-cap");
        dailyCap.setLabel(getTranslation("marketing.rule.dailyCap"));
        dailyCap.setHelperText(getTranslation("marketing.campaign.noCapHelp"));
        monthlyCap.setId("rule-monthly-cap");
        monthlyCap.setLabel(getTranslation("marketing.rule.monthlyCap"));
        monthlyCap.setHelperText(getTranslation("marketing.campaign.noCapHelp"));
        tierMultiplied.setId("rule-tier-multiplied");
        tierMultiplied.setLabel(getTranslation("marketing.rule.tierMultiplied"));
        effectiveFrom.setId("rule-from");
        effectiveFrom.setLabel(getTranslation("marketing.rule.from"));
        effectiveFrom.setHelperText(getTranslation("marketing.rule.nowHelp"));
        effectiveTo.setId("rule-to");
        effectiveTo.setLabel(getTranslation("marketing.rule.to"));
        effectiveTo.setHelperText(getTranslation("marketing.rule.openHelp"));
        endAt.setId("rule-end-at");
        endAt.setLabel(getTranslation("marketing.rule.endAt"));
        endAt.setHelperText(getTranslation("marketing.rule.nowHelp"));

        errors.on("code", code).on("name", name).on("activity", activity).on("productCode", productCode)
                .on("fixedPoints", fixedPoints).on("pointsPerStep", pointsPerStep).on("stepAmount", stepAmount)
                .on("minAmount", minAmount).on("dailyCap", dailyCap).on("monthlyCap", monthlyCap)
                .on("effectiveFrom", effectiveFrom).on("effectiveTo", effectiveTo);
        endErrors.on("code", code).on("effectiveTo", endAt);
    }

    private FormLayout form() {
        var form = new FormLayout(code, name, activity, productCode, minStar, minCredit, fixedPoints, pointsPerStep,
                stepAmount, rounding, minAmount, dailyCap, monthlyCap, tierMultiplied, effectiveFrom, effectiveTo);
        form.setId("rule-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        return form;
    }

    private HorizontalLayout buttons() {
        var define = button("rule-define", "marketing.rule.define", () -> rules.define(code.getValue().strip(), terms()));
        define.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var change = button("rule-change", "marketing.rule.change", () -> rules.change(code.getValue().strip(), terms()));
        var clear = new Button(getTranslation("marketing.rule.clear"), click -> fill(null));
        clear.setId("rule-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(define, change, clear);
    }

    private Button button(String id, String labelKey, Supplier<EarningRule> step) {
        var button = new Button(getTranslation(labelKey), click -> {
            var saved = new AtomicReference<EarningRule>();
            if (errors.attempt(() -> saved.set(step.get()))) {
                Notifications.success(getTranslation("marketing.rule.saved", saved.get().code(), saved.get().version()));
                refresh();
                effectiveFrom.clear();
            }
        });
        button.setId(id);
        return button;
    }

    private HorizontalLayout endForm() {
        var end = new Button(getTranslation("marketing.rule.end"), click -> {
            // the rule is looked up first, to name it in the confirmation; an unknown code is refused as before
            var latest = new AtomicReference<EarningRule>();
            if (endErrors.attempt(() -> latest.set(rules.versions(code.getValue().strip()).getLast()))) {
                confirmEnd(latest.get(), Marketing.instant(endAt.getValue()));
            }
        });
        end.setId("rule-end");
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var row = new HorizontalLayout(endAt, end);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    /** Ending stops the rule earning anything: staff first read which rule and version ends, and from when. */
    private void confirmEnd(EarningRule rule, Instant at) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("marketing.rule.endTitle", rule.code()));
        confirm.setText(at == null
                ? getTranslation("marketing.rule.endNowText", rule.code(), rule.name(), rule.version())
                : getTranslation("marketing.rule.endText", rule.code(), rule.name(), rule.version(),
                        Marketing.time(at)));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        var yes = new Button(getTranslation("marketing.rule.end"), click -> {
            confirm.close();
            endRule(rule.code(), at);
        });
        yes.setId("rule-end-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setConfirmButton(yes);
        confirm.open();
    }

    private void endRule(String ruleCode, Instant at) {
        var ended = new AtomicReference<EarningRule>();
        if (endErrors.attempt(() -> ended.set(rules.end(ruleCode, at)))) {
            Notifications.success(getTranslation("marketing.rule.ended", ended.get().code(),
                    Marketing.time(ended.get().effectiveTo())));
            refresh();
            endAt.clear();
        }
    }

    /** The form holds a version's terms, to change; null empties it for a new rule. */
    private void fill(EarningRule rule) {
        errors.clear();
        endErrors.clear();
        code.setValue(rule == null ? "" : rule.code());
        name.setValue(rule == null ? "" : rule.name());
        activity.setValue(rule == null ? null : rule.activity());
        productCode.setValue(rule == null || rule.productCode() == null ? "" : rule.productCode());
        minStar.setValue(rule == null ? null : rule.minStarLevel());
        minCredit.setValue(rule == null ? null : rule.minCreditRating());
        fixedPoints.setValue(rule == null ? "0" : Long.toString(rule.fixedPoints()));
        pointsPerStep.setValue(rule == null ? "0" : Long.toString(rule.pointsPerStep()));
        stepAmount.setValue(rule == null || rule.stepAmount() == null ? "" : rule.stepAmount().toPlainString());
        rounding.setValue(rule == null ? EarningRule.StepRounding.DOWN : rule.stepRounding());
        minAmount.setValue(rule == null || rule.minAmount() == null ? "" : rule.minAmount().toPlainString());
        dailyCap.setValue(rule == null || rule.dailyCap() == null ? "" : Long.toString(rule.dailyCap()));
        monthlyCap.setValue(rule == null || rule.monthlyCap() == null ? "" : Long.toString(rule.monthlyCap()));
        tierMultiplied.setValue(rule != null && rule.isTierMultiplied());
        effectiveFrom.clear();
        effectiveTo.clear();
        endAt.clear();
    }

    private EarningRuleService.Terms terms() {
        Long daily = positive("dailyCap", Marketing.optionalWhole("dailyCap", dailyCap));
        Long monthly = positive("monthlyCap", Marketing.optionalWhole("monthlyCap", monthlyCap));
        Long fixed = Marketing.optionalWhole("fixedPoints", fixedPoints);
        Long perStep = Marketing.optionalWhole("pointsPerStep", pointsPerStep);
        String product = productCode.getValue().strip();
        return new EarningRuleService.Terms(name.getValue(), activity.getValue(),
                new EarningRule.Audience(product.isEmpty() ? null : product, minStar.getValue(), minCredit.getValue()),
                fixed == null ? 0 : fixed, perStep == null ? 0 : perStep,
                Marketing.optionalDecimal("stepAmount", stepAmount), rounding.getValue(),
                Marketing.optionalDecimal("minAmount", minAmount), new EarningRule.Caps(daily, monthly),
                tierMultiplied.getValue(), Marketing.instant(effectiveFrom.getValue()),
                Marketing.instant(effectiveTo.getValue()));
    }

    private static Long positive(String field, Long cap) {
        if (cap != null && cap <= 0) {
            throw new InvalidRequestException(field, "a cap is more than zero points");
        }
        return cap;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.earningRules");
    }
}
