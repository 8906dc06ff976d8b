package io.jifen.ui.campaigns;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import io.jifen.campaigns.AwardTrigger;
import io.jifen.campaigns.TriggerAward;
import io.jifen.campaigns.TriggerKind;
import io.jifen.campaigns.application.TriggerService;
import io.jifen.customers.StarLevel;
import io.jifen.points.Activity;
import io.jifen.shared.security.Roles;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.GridExport;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Notifications;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Triggers: points on an event in a customer's life with the bank, once per customer per event.
 * The form asks for what the chosen kind needs; choosing a trigger shows whom it awarded, paged
 * from the database as the grid scrolls, and lets staff deactivate it.
 */
@Route(value = "triggers", layout = MainLayout.class)
@RolesAllowed({Roles.MARKETING, Roles.ADMIN})
public class TriggersView extends VerticalLayout implements HasDynamicTitle {
    private final TriggerService triggers = Services.get(TriggerService.class);
    private final ExportableGrid<AwardTrigger> grid = new ExportableGrid<>();
    private final ExportableGrid<TriggerAward> awards = new ExportableGrid<>();
    private final H3 awardsTitle = new H3();
    private final HorizontalLayout awardsExport;
    private final Button deactivate = new Button();
    private final TextField name = new TextField();
    private final Select<TriggerKind> kind = new Select<>();
    private final ComboBox<Activity> activity = new ComboBox<>();
    private final TextField productCode = new TextField();
    private final TextField minAmount = new TextField();
    private final TextField assetThreshold = new TextField();
    private final ComboBox<StarLevel> starLevel = new ComboBox<>();
    private final TextField points = new TextField();
    private final TextField giftId = new TextField();
    private final TextField partnerId = new TextField();
    private final Marketing.FieldErrors errors = new Marketing.FieldErrors();
    private AwardTrigger selected;

    public TriggersView() {
        setId("triggers-view");
        setWidthFull();
        configureGrid();
        configureForm();
        configureAwards();
        awardsExport = GridExport.buttons(awards, "trigger-awards");
        awardsExport.setVisible(false);
        var selectedBar = new HorizontalLayout(awardsTitle, deactivate, awardsExport);
        selectedBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("menu.triggers")), new Paragraph(getTranslation("marketing.trigger.intro")),
                new H3(getTranslation("marketing.trigger.new")), form(), GridExport.buttons(grid, "triggers"), grid,
                selectedBar, awards);
    }

    private void configureGrid() {
        grid.setId("trigger-grid");
        grid.addColumn(AwardTrigger::name).setHeader(getTranslation("marketing.trigger.name")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(t -> getTranslation("marketing.triggerKind." + t.kind().name()))
                .setHeader(getTranslation("marketing.trigger.kind")).setAutoWidth(true);
        grid.addColumn(this::condition).setHeader(getTranslation("marketing.trigger.condition")).setAutoWidth(true);
        grid.addColumn(t -> Marketing.points(t.points())).setHeader(getTranslation("marketing.trigger.points"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.isActive() ? "marketing.trigger.active" : "marketing.trigger.inactive"))
                .setHeader(getTranslation("marketing.trigger.state")).setAutoWidth(true);
        grid.addColumn(t -> t.createdBy() + " · " + Marketing.time(t.createdAt()))
                .setHeader(getTranslation("marketing.campaign.createdBy")).setAutoWidth(true);
        grid.addComponentColumn(t -> ApprovalButtons.of(this, t.id(), t.approval(),
                        getTranslation("marketing.approval.triggerEffect", t.name(), Marketing.points(t.points())),
                        () -> triggers.approve(t.id()), reason -> triggers.reject(t.id(), reason),
                        () -> grid.setItems(triggers.list())))
                .setHeader(getTranslation("marketing.approval.title")).setAutoWidth(true);
        grid.setHeight("300px");
        grid.addItemClickListener(click -> select(click.getItem()));
        grid.setItems(triggers.list());
    }

    /** What sets the trigger off, in words: the activity, product and amount, the threshold or the level. */
    private String condition(AwardTrigger t) {
        return switch (t.kind()) {
            case TRANSACTION -> getTranslation("marketing.activity." + t.activity().name())
                    + (t.productCode() == null ? "" : " · " + t.productCode())
                    + (t.minAmount() == null ? "" : " · ≥ " + Marketing.yuan(t.minAmount()));
            case ASSETS_THRESHOLD -> "≥ " + Marketing.yuan(t.assetThreshold());
            case STAR_UPGRADE -> t.starLevel() == null ? getTranslation("marketing.trigger.anyRise")
                    : getTranslation("marketing.star." + t.starLevel().number());
            case ANNIVERSARY -> getTranslation("marketing.trigger.anniversary");
        };
    }

    private void configureForm() {
        name.setId("trigger-name");
        name.setLabel(getTranslation("marketing.trigger.name"));
        name.setMaxLength(64);
        kind.setId("trigger-kind");
        kind.setLabel(getTranslation("marketing.trigger.kind"));
        kind.setItems(TriggerKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("marketing.triggerKind." + k.name()));
        kind.setValue(TriggerKind.TRANSACTION);
        kind.addValueChangeListener(e -> showKindFields());
        activity.setId("trigger-activity");
        activity.setLabel(getTranslation("marketing.trigger.activity"));
        activity.setItems(Activity.values());
        activity.setItemLabelGenerator(a -> getTranslation("marketing.activity." + a.name()));
        productCode.setId("trigger-product");
        productCode.setLabel(getTranslation("marketing.rule.product"));
        productCode.setHelperText(getTranslation("marketing.rule.anyProduct"));
        minAmount.setId("trigger-min-amount");
        minAmount.setLabel(getTranslation("marketing.rule.minAmount"));
        assetThreshold.setId("trigger-asset-threshold");
        assetThreshold.setLabel(getTranslation("marketing.trigger.assetThreshold"));
        assetThreshold.setPlaceholder("1000000.00");
        starLevel.setId("trigger-star-level");
        starLevel.setLabel(getTranslation("marketing.trigger.starLevel"));
        starLevel.setHelperText(getTranslation("marketing.trigger.starLevelHelp"));
        starLevel.setItems(StarLevel.values());
        starLevel.setItemLabelGenerator(l -> getTranslation("marketing.star." + l.number()));
        starLevel.setClearButtonVisible(true);
        points.setId("trigger-points");
        points.setLabel(getTranslation("marketing.trigger.points"));
        giftId.setId("trigger-gift");
        giftId.setLabel(getTranslation("marketing.trigger.gift"));
        giftId.setHelperText(getTranslation("marketing.trigger.giftHelp"));
        partnerId.setId("trigger-partner");
        partnerId.setLabel(getTranslation("marketing.trigger.partner"));
        errors.on("giftId", giftId).on("partnerId", partnerId);
        errors.on("name", name).on("kind", kind).on("activity", activity).on("productCode", productCode)
                .on("minAmount", minAmount).on("assetThreshold", assetThreshold).on("points", points);
        showKindFields();
    }

    private void showKindFields() {
        TriggerKind k = kind.getValue();
        activity.setVisible(k == TriggerKind.TRANSACTION);
        productCode.setVisible(k == TriggerKind.TRANSACTION);
        minAmount.setVisible(k == TriggerKind.TRANSACTION);
        assetThreshold.setVisible(k == TriggerKind.ASSETS_THRESHOLD);
        starLevel.setVisible(k == TriggerKind.STAR_UPGRADE);
    }

    private HorizontalLayout form() {
        var create = new Button(getTranslation("marketing.trigger.create"), click -> {
            var created = new AtomicReference<AwardTrigger>();
            if (errors.attempt(() -> created.set(triggers.create(definition())))) {
                Notifications.success(getTranslation("marketing.trigger.created", created.get().name()));
                grid.setItems(triggers.list());
                select(created.get());
                name.clear();
                points.clear();
            }
        });
        create.setId("trigger-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var fields = new FormLayout(name, kind, points, giftId, partnerId, activity, productCode, minAmount,
                assetThreshold, starLevel);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        var form = new HorizontalLayout(fields, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        form.expand(fields);
        form.setWidthFull();
        return form;
    }

    private AwardTrigger.Definition definition() {
        TriggerKind k = kind.getValue();
        String product = productCode.getValue().strip();
        boolean transaction = k == TriggerKind.TRANSACTION;
        return new AwardTrigger.Definition(name.getValue(), k, transaction ? activity.getValue() : null,
                transaction && !product.isEmpty() ? product : null,
                transaction ? Marketing.optionalDecimal("minAmount", minAmount) : null,
                k == TriggerKind.ASSETS_THRESHOLD ? Marketing.optionalDecimal("assetThreshold", assetThreshold) : null,
                k == TriggerKind.STAR_UPGRADE ? starLevel.getValue() : null,
                giftId.getValue().isBlank() ? Marketing.whole("points", points)
                        : Objects.requireNonNullElse(Marketing.optionalWhole("points", points), 0L),
                giftId.getValue().isBlank() ? null : giftId.getValue().strip(),
                partnerId.getValue().isBlank() ? null : partnerId.getValue().strip());
    }

    private void configureAwards() {
        awards.setId("trigger-awards");
        awards.addColumn(TriggerAward::customerId).setHeader(getTranslation("marketing.trigger.customer"))
                .setAutoWidth(true);
        awards.addColumn(TriggerAward::eventKey).setHeader(getTranslation("marketing.trigger.event")).setAutoWidth(true);
        awards.addColumn(a -> Marketing.points(a.points())).setHeader(getTranslation("marketing.trigger.points"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        awards.addColumn(a -> a.orderId() == null ? "" : a.orderId()).setHeader(getTranslation("marketing.trigger.order"))
                .setAutoWidth(true);
        awards.addColumn(a -> Marketing.time(a.awardedAt())).setHeader(getTranslation("marketing.trigger.awardedAt"))
                .setAutoWidth(true);
        awards.setHeight("300px");
        awards.setVisible(false);
        awardsTitle.setId("trigger-awards-title");
        awardsTitle.setVisible(false);
        deactivate.setId("trigger-deactivate");
        deactivate.setText(getTranslation("marketing.trigger.deactivate"));
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivate.setVisible(false);
        deactivate.addClickListener(click -> confirmDeactivate(selected));
    }

    /** A deactivated trigger cannot be activated again: staff first read which trigger stops awarding. */
    private void confirmDeactivate(AwardTrigger trigger) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("marketing.trigger.deactivateTitle", trigger.name()));
        confirm.setText(getTranslation("marketing.trigger.deactivateText", trigger.name(),
                getTranslation("marketing.triggerKind." + trigger.kind().name()), condition(trigger)));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        var yes = new Button(getTranslation("marketing.trigger.deactivate"), click -> {
            confirm.close();
            deactivateTrigger(trigger);
        });
        yes.setId("trigger-deactivate-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setConfirmButton(yes);
        confirm.open();
    }

    private void deactivateTrigger(AwardTrigger trigger) {
        var changed = new AtomicReference<AwardTrigger>();
        if (Notifications.attempt(() -> changed.set(triggers.deactivate(trigger.id())))) {
            Notifications.success(getTranslation("marketing.trigger.deactivated", changed.get().name()));
            grid.setItems(triggers.list());
            select(changed.get());
        }
    }

    private void select(AwardTrigger trigger) {
        selected = trigger;
        String id = trigger.id();
        awardsTitle.setText(getTranslation("marketing.trigger.awards", trigger.name()));
        awardsTitle.setVisible(true);
        deactivate.setVisible(trigger.isActive());
        awards.setItems(query -> triggers.awards(id, query.getPage(), query.getPageSize()).items().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, triggers.awards(id, 0, 1).total()));
        awards.setVisible(true);
        awardsExport.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.triggers");
    }
}
