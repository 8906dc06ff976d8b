package io.jifen.ui.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.jifen.audit.AuditEvent;
import io.jifen.audit.AuditQuery;
import io.jifen.audit.application.AuditLog;
import io.jifen.shared.export.TableFiles;
import io.jifen.shared.security.Roles;
import io.jifen.shared.time.BankCalendar;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Services;
import io.jifen.ui.shared.Translations;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The audit log as auditors use it: filtered by bank-calendar dates, staff member, role, actions
 * (found by their Chinese or English names), subject and any text; sorted by any column, paged from
 * the database; each record in full in a dialog; what the filters find exported as CSV or Excel,
 * the export itself recorded in the log.
 */
@Route(value = "audit", layout = MainLayout.class)
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class AuditView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(BankCalendar.ZONE);
    private static final int EXPORT_LIMIT = 100_000;

    private final AuditLog audit = Services.get(AuditLog.class);
    private final ExportableGrid<AuditEvent> grid = new ExportableGrid<>();
    private final TextField filter = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField actor = new TextField();
    private final Select<Optional<String>> role = new Select<>();
    private final MultiSelectComboBox<String> actions = new MultiSelectComboBox<>();
    private final TextField subject = new TextField();

    public AuditView() {
        setSizeFull();
        setId("audit-view");
        configureFilters();
        configureGrid();
        var filters = new HorizontalLayout(from, to, actor, role, actions, subject, filter);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("menu.audit")), filters, exports(), grid);
        expand(grid);
    }

    private void configureFilters() {
        filter.setId("audit-filter");
        filter.setLabel(getTranslation("audit.text"));
        filter.setPlaceholder(getTranslation("audit.filter"));
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.to"));
        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.who"));
        subject.setId("audit-subject");
        subject.setLabel(getTranslation("audit.subject"));
        role.setId("audit-role");
        role.setLabel(getTranslation("audit.role"));
        List<Optional<String>> roles = new ArrayList<>();
        roles.add(Optional.empty());
        new TreeSet<>(Roles.ALL).forEach(r -> roles.add(Optional.of(r)));
        role.setItems(roles);
        role.setItemLabelGenerator(r -> r.map(code -> getTranslation("role." + code)).orElse(getTranslation("audit.anyRole")));
        role.setValue(Optional.empty());
        actions.setId("audit-actions");
        actions.setLabel(getTranslation("audit.what"));
        actions.setItemLabelGenerator(this::actionLabel);
        // an action is found by its Chinese or its English name, whichever the auditor types
        actions.setItems((action, typed) -> matches(action, typed), audit.actions());
        actions.setWidth("22em");
        for (var field : List.of(filter, actor, subject)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        }
        from.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        role.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        actions.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    }

    private boolean matches(String action, String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        return action.toLowerCase(Locale.ROOT).contains(wanted)
                || label(action, Translations.CHINESE).toLowerCase(Locale.ROOT).contains(wanted)
                || label(action, Translations.ENGLISH).toLowerCase(Locale.ROOT).contains(wanted);
    }

    private String actionLabel(String action) {
        return label(action, getLocale());
    }

    private String label(String action, Locale locale) {
        String text = getTranslation(locale, "audit.action." + action.replaceAll("[^A-Za-z0-9]+", "_"));
        return text.startsWith("!") ? action : text;
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.setMultiSort(false);
        grid.addColumn(e -> TIME.format(e.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true)
                .setSortable(true).setKey("TIME");
        grid.addColumn(e -> e.actor() + (e.actorRoles() == null ? "" : " (" + e.actorRoles() + ")"))
                .setHeader(getTranslation("audit.who")).setAutoWidth(true).setSortable(true).setKey("ACTOR");
        grid.addColumn(e -> actionLabel(e.action())).setHeader(getTranslation("audit.what")).setAutoWidth(true)
                .setSortable(true).setKey("ACTION");
        grid.addColumn(AuditEvent::subject).setHeader(getTranslation("audit.subject")).setAutoWidth(true)
                .setSortable(true).setKey("SUBJECT");
        grid.addColumn(AuditEvent::details).setHeader(getTranslation("audit.details")).setFlexGrow(1);
        grid.setItems(query -> audit.search(query(query.getSortOrders()), query.getPage(), query.getPageSize())
                        .items().stream(),
                query -> (int) audit.search(query(List.of()), 0, 1).total());
        grid.addItemClickListener(click -> detail(click.getItem()));
    }

    private AuditQuery query(List<QuerySortOrder> sortOrders) {
        var sort = sortOrders.isEmpty() ? null : sortOrders.getFirst();
        return new AuditQuery(start(from.getValue()), start(to.getValue() == null ? null : to.getValue().plusDays(1)),
                blankless(actor.getValue()), role.getValue().orElse(null), actions.getValue(),
                blankless(subject.getValue()), blankless(filter.getValue()),
                sort == null ? AuditQuery.Sort.TIME : AuditQuery.Sort.valueOf(sort.getSorted()),
                sort != null && sort.getDirection() == SortDirection.ASCENDING);
    }

    private static java.time.Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(BankCalendar.ZONE).toInstant();
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** What the filters find, as the grid is sorted, in a file; the export is recorded in the log. */
    private HorizontalLayout exports() {
        var csv = new Anchor(download("csv"), getTranslation("audit.exportCsv"));
        csv.setId("audit-export-csv");
        csv.getElement().setAttribute("download", true);
        var xlsx = new Anchor(download("xlsx"), getTranslation("audit.exportXlsx"));
        xlsx.setId("audit-export-xlsx");
        xlsx.getElement().setAttribute("download", true);
        return new HorizontalLayout(csv, xlsx);
    }

    private DownloadHandler download(String format) {
        return event -> {
            var sorted = grid.getSortOrder().isEmpty() ? List.<QuerySortOrder>of()
                    : List.of(new QuerySortOrder(grid.getSortOrder().getFirst().getSorted().getKey(),
                            grid.getSortOrder().getFirst().getDirection()));
            List<List<Object>> rows = audit.export(query(sorted), format, EXPORT_LIMIT).stream()
                    .map(e -> List.<Object>of(e.id(), TIME.format(e.occurredAt()), e.actor(),
                            e.actorRoles() == null ? "" : e.actorRoles(), actionLabel(e.action()), e.subject(),
                            e.details() == null ? "" : e.details(), e.hash() == null ? "" : e.hash()))
                    .toList();
            List<String> headers = List.of("id", getTranslation("audit.when"), getTranslation("audit.who"),
                    getTranslation("audit.role"), getTranslation("audit.what"), getTranslation("audit.subject"),
                    getTranslation("audit.details"), "SHA-256");
            event.setFileName("audit-log." + format);
            event.setContentType(format.equals("csv") ? "text/csv; charset=UTF-8"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try {
                event.getOutputStream().write(format.equals("csv") ? TableFiles.csv(headers, rows)
                        : TableFiles.xlsx("audit-log", headers, rows));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    private void detail(AuditEvent event) {
        var dialog = new Dialog();
        dialog.setId("audit-detail");
        dialog.setHeaderTitle(actionLabel(event.action()));
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.addFormItem(new Span(Long.toString(event.id())), "id");
        form.addFormItem(new Span(TIME.format(event.occurredAt())), getTranslation("audit.when"));
        form.addFormItem(new Span(event.actor()), getTranslation("audit.who"));
        form.addFormItem(new Span(event.actorRoles() == null ? "" : event.actorRoles()), getTranslation("audit.role"));
        form.addFormItem(new Span(event.action()), getTranslation("audit.code"));
        form.addFormItem(new Span(event.subject()), getTranslation("audit.subject"));
        var details = new Span(event.details() == null ? "" : event.details());
        details.setId("audit-detail-details");
        details.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        form.addFormItem(details, getTranslation("audit.details"));
        form.addFormItem(new Span(event.hash() == null ? "" : event.hash()), "SHA-256");
        form.addFormItem(new Span(event.previousHash() == null ? "" : event.previousHash()),
                getTranslation("audit.previousHash"));
        form.setWidth("44em");
        dialog.add(form);
        var close = new Button(getTranslation("common.close"), click -> dialog.close());
        close.setId("audit-detail-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(close);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit");
    }
}
