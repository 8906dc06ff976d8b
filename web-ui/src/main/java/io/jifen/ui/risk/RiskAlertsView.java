package io.jifen.ui.risk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jifen.risk.Alert;
import io.jifen.risk.AlertRule;
import io.jifen.risk.AlertRuleSetting;
import io.jifen.risk.AlertSort;
import io.jifen.risk.AlertStatus;
import io.jifen.risk.AlertSubject;
import io.jifen.risk.Severity;
import io.jifen.risk.application.RiskAlerts;
import io.jifen.shared.security.Roles;
import io.jifen.ui.security.SignedIn;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.GridExport;
import io.jifen.ui.shared.GridSorting;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Notifications;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The alert board: what the rules noticed, newest first, with a detail panel beside the list to
 * work an alert (investigate, hold redemptions, close as fraud or not), each step confirmed with its
 * effect; and the rules' settings below, which risk staff change here.
 */
@Route(value = "risk-alerts", layout = MainLayout.class)
@RolesAllowed({Roles.RISK, Roles.ADMIN, Roles.AUDITOR})
public class RiskAlertsView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final RiskAlerts alerts = Services.get(RiskAlerts.class);
    private final boolean mayAct = SignedIn.current().map(s -> s.hasAnyRole(Roles.RISK, Roles.ADMIN)).orElse(false);
    private final ExportableGrid<Alert> grid = new ExportableGrid<>();
    private final Select<Optional<AlertStatus>> status = new Select<>();
    private final ComboBox<AlertRule> rule = new ComboBox<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final ExportableGrid<AlertRuleSetting> rules = new ExportableGrid<>();

    public RiskAlertsView() {
        setSizeFull();
        setId("risk-alerts");
        status.setId("alert-status");
        status.setLabel(getTranslation("risk.alerts.show"));
        status.setItems(Optional.empty(), Optional.of(AlertStatus.OPEN), Optional.of(AlertStatus.INVESTIGATING),
                Optional.of(AlertStatus.CLOSED_FRAUD), Optional.of(AlertStatus.CLOSED_NOT_FRAUD));
        status.setItemLabelGenerator(s -> s.map(this::statusLabel).orElse(getTranslation("risk.alerts.all")));
        status.setValue(Optional.empty());
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        rule.setId("alert-rule-filter");
        rule.setLabel(getTranslation("risk.alerts.rule"));
        rule.setPlaceholder(getTranslation("risk.alerts.anyRule"));
        rule.setItems(AlertRule.values());
        rule.setItemLabelGenerator(r -> getTranslation("risk.rule." + r.name()));
        rule.setClearButtonVisible(true);
        rule.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.setId("alert-grid");
        grid.addColumn(a -> TIME.format(a.raisedAt())).setHeader(getTranslation("risk.alerts.raisedAt")).setAutoWidth(true)
                .setSortProperty(AlertSort.RAISED.name());
        grid.addColumn(a -> getTranslation("risk.rule." + a.rule().name())).setHeader(getTranslation("risk.alerts.rule"))
                .setAutoWidth(true).setSortProperty(AlertSort.RULE.name());
        grid.addColumn(a -> getTranslation("risk.severity." + a.severity().name()))
                .setHeader(getTranslation("risk.alerts.severity")).setAutoWidth(true);
        grid.addColumn(this::subject).setHeader(getTranslation("risk.alerts.customer")).setAutoWidth(true)
                .setSortProperty(AlertSort.SUBJECT.name());
        grid.addColumn(a -> statusLabel(a.status())).setHeader(getTranslation("risk.alerts.status")).setAutoWidth(true)
                .setSortProperty(AlertSort.STATUS.name());
        grid.addColumn(a -> a.holds() ? getTranslation("risk.alerts.held") : "")
                .setHeader(getTranslation("risk.alerts.hold")).setAutoWidth(true);
        grid.setItems(query -> alerts.list(status.getValue().orElse(null), rule.getValue(), null, null,
                        GridSorting.of(query.getSortOrders(), AlertSort.class), query.getPage(), query.getPageSize())
                        .items().stream(),
                query -> (int) alerts.list(status.getValue().orElse(null), rule.getValue(), null, null, 0, 1).total());
        grid.addItemClickListener(click -> show(click.getItem()));

        detail.setId("alert-detail");
        detail.setPadding(false);
        detail.setWidth("28em");
        detail.getStyle().set("flex-shrink", "0").set("overflow-wrap", "anywhere");
        detail.add(new Paragraph(getTranslation("risk.alerts.pick")));
        var board = new HorizontalLayout(grid, detail);
        board.setWidthFull();
        board.setHeight("28em");
        board.setFlexGrow(1, grid);

        configureRules();
        var filters = new HorizontalLayout(status, rule, GridExport.buttons(grid, "risk-alerts"));
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        filters.setWrap(true);
        var rulesHead = new HorizontalLayout(new H3(getTranslation("risk.rules.title")),
                GridExport.buttons(rules, "alert-rules"));
        rulesHead.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("menu.riskAlerts")), filters, board, rulesHead, rules);
    }

    /** A customer by their id; a partner named as one. */
    private String subject(Alert alert) {
        return switch (alert.subjectKind()) {
            case CUSTOMER -> alert.subjectId();
            case PARTNER -> getTranslation("risk.alerts.partner", alert.subjectId());
            case STAFF -> getTranslation("risk.alerts.staff", alert.subjectId());
        };
    }

    private String statusLabel(AlertStatus s) {
        return getTranslation("risk.alerts.status." + s.name());
    }

    private void show(Alert alert) {
        detail.removeAll();
        var evidence = new Paragraph(alert.evidence());
        evidence.setId("alert-evidence");
        detail.add(new H3(getTranslation("risk.rule." + alert.rule().name())),
                new Span(getTranslation("risk.alerts.summary", alert.id(), subject(alert),
                        getTranslation("risk.severity." + alert.severity().name()), statusLabel(alert.status()))),
                evidence);
        if (alert.handledBy() != null) {
            detail.add(new Span(getTranslation("risk.alerts.handledBy", alert.handledBy())));
        }
        if (alert.note() != null) {
            detail.add(new Paragraph(alert.note()));
        }
        if (!mayAct || alert.status().isClosed()) {
            return;
        }
        var actions = new HorizontalLayout();
        if (alert.status() == AlertStatus.OPEN) {
            actions.add(button("alert-investigate", "risk.alerts.investigate", () -> alerts.investigate(alert.id()), alert));
        }
        if (!alert.holds() && alert.subjectKind() == AlertSubject.CUSTOMER) {
            actions.add(confirmed("alert-hold", "risk.alerts.holdAction",
                    getTranslation("risk.alerts.holdEffect", alert.customerId()), null, note -> alerts.hold(alert.id()), alert));
        }
        detail.add(actions);
        var closing = new HorizontalLayout(
                confirmed("alert-close-fraud", "risk.alerts.closeFraud",
                        getTranslation("risk.alerts.closeEffect", subject(alert),
                                alert.holds() ? getTranslation("risk.alerts.closeReleases") : ""),
                        getTranslation("risk.alerts.finding"), note -> alerts.close(alert.id(), true, note), alert),
                confirmed("alert-close-not-fraud", "risk.alerts.closeNotFraud",
                        getTranslation("risk.alerts.closeEffect", subject(alert),
                                alert.holds() ? getTranslation("risk.alerts.closeReleases") : ""),
                        getTranslation("risk.alerts.finding"), note -> alerts.close(alert.id(), false, note), alert));
        detail.add(closing);
    }

    private Button button(String id, String label, java.util.function.Supplier<Alert> action, Alert alert) {
        var button = new Button(getTranslation(label), click -> done(action));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** An action that states its effect first; with a note label, the note is required. */
    private Button confirmed(String id, String label, String effect, String noteLabel,
                             java.util.function.Function<String, Alert> action, Alert alert) {
        var button = new Button(getTranslation(label), click -> {
            var confirm = new ConfirmDialog();
            confirm.setId(id + "-dialog");
            confirm.setHeader(getTranslation(label) + " · " + alert.id());
            var text = new VerticalLayout(new Span(effect));
            text.setPadding(false);
            var note = new TextArea(noteLabel == null ? "" : noteLabel);
            note.setId("alert-note");
            note.setMaxLength(500);
            note.setWidthFull();
            if (noteLabel != null) {
                text.add(note);
            }
            confirm.add(text);
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            var yes = new Button(getTranslation(label), yesClick -> {
                if (noteLabel != null && note.getValue().isBlank()) {
                    note.setInvalid(true);
                    note.setErrorMessage(getTranslation("risk.alerts.findingRequired"));
                    return;
                }
                confirm.close();
                done(() -> action.apply(note.getValue().strip()));
            });
            yes.setId(id + "-confirm");
            yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setConfirmButton(yes);
            confirm.open();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void done(java.util.function.Supplier<Alert> action) {
        var result = new java.util.concurrent.atomic.AtomicReference<Alert>();
        if (Notifications.attempt(() -> result.set(action.get()))) {
            Notifications.success(getTranslation("common.saved"));
            grid.getDataProvider().refreshAll();
            show(result.get());
        }
    }

    private void configureRules() {
        rules.setId("alert-rules");
        rules.setAllRowsVisible(true);
        rules.addColumn(r -> getTranslation("risk.rule." + r.rule().name())).setHeader(getTranslation("risk.alerts.rule"))
                .setAutoWidth(true);
        rules.addColumn(r -> getTranslation(r.enabled() ? "risk.rules.on" : "risk.rules.off"))
                .setHeader(getTranslation("risk.rules.enabled")).setAutoWidth(true);
        rules.addColumn(r -> getTranslation("risk.severity." + r.severity().name()))
                .setHeader(getTranslation("risk.alerts.severity")).setAutoWidth(true);
        rules.addColumn(AlertRuleSetting::threshold).setHeader(getTranslation("risk.rules.threshold")).setAutoWidth(true);
        rules.addColumn(AlertRuleSetting::windowMinutes).setHeader(getTranslation("risk.rules.window")).setAutoWidth(true);
        rules.addColumn(r -> r.placesHold() ? getTranslation("risk.rules.on") : "")
                .setHeader(getTranslation("risk.rules.holds")).setAutoWidth(true);
        rules.addColumn(r -> getTranslation("risk.rule.help." + r.rule().name())).setHeader("").setFlexGrow(1);
        if (mayAct) {
            rules.addComponentColumn(this::editButton).setAutoWidth(true);
        }
        rules.setItems(alerts.settings());
    }

    private Button editButton(AlertRuleSetting setting) {
        var edit = new Button(getTranslation("risk.rules.edit"), click -> edit(setting));
        edit.setId("rule-edit-" + setting.rule().name());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return edit;
    }

    private void edit(AlertRuleSetting setting) {
        var enabled = new Checkbox(getTranslation("risk.rules.enabled"), setting.enabled());
        var severity = new Select<Severity>();
        severity.setLabel(getTranslation("risk.alerts.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation("risk.severity." + s.name()));
        severity.setValue(setting.severity());
        var threshold = new IntegerField(getTranslation("risk.rules.threshold"));
        threshold.setValue((int) setting.threshold());
        var window = new IntegerField(getTranslation("risk.rules.window"));
        window.setValue(setting.windowMinutes());
        var holds = new Checkbox(getTranslation("risk.rules.holds"), setting.placesHold());
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("risk.rule." + setting.rule().name()));
        var form = new VerticalLayout(new Span(getTranslation("risk.rule.help." + setting.rule().name())), enabled,
                severity, threshold, window, holds);
        form.setPadding(false);
        confirm.add(form);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        var save = new Button(getTranslation("common.save"), click -> {
            if (Notifications.attempt(() -> alerts.configure(setting.rule(), enabled.getValue(), severity.getValue(),
                    threshold.getValue() == null ? 0 : threshold.getValue(),
                    window.getValue() == null ? 0 : window.getValue(), holds.getValue()))) {
                confirm.close();
                Notifications.success(getTranslation("common.saved"));
                rules.setItems(alerts.settings());
            }
        });
        save.setId("rule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setConfirmButton(save);
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.riskAlerts");
    }
}
