package io.jifen.ui.customers;

import io.jifen.shared.CustomerId;
import io.jifen.shared.Points;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jifen.customers.Customer;
import io.jifen.customers.PersonalDataPolicy.Field;
import io.jifen.customers.application.CustomerService;
import io.jifen.customers.application.PersonalDataAccess;
import io.jifen.points.EntrySort;
import io.jifen.points.LedgerEntry;
import io.jifen.points.Lot;
import io.jifen.points.application.AdjustmentService;
import io.jifen.points.application.PointsService;
import io.jifen.shared.security.Roles;
import io.jifen.ui.security.SignedIn;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.GridExport;
import io.jifen.ui.shared.GridSorting;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Notifications;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * One customer for customer service: who they are, their star levels and why, their points with
 * the lots they sit in and the ledger behind them, and (for the service role only) a points
 * adjustment. Every figure comes from the application services; the view only lays them out.
 */
@Route(value = "customers/:customerId", layout = MainLayout.class)
@RolesAllowed({Roles.SERVICE, Roles.ADMIN, Roles.AUDITOR})
public class CustomerDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final String PARAMETER = "customerId";
    private static final int LOTS_SHOWN_WHOLE = 8;

    private final CustomerService customers = Services.get(CustomerService.class);
    private final PointsService points = Services.get(PointsService.class);
    private final AdjustmentService adjustments = Services.get(AdjustmentService.class);
    private final Span balance = new Span();
    private final Span shortfall = new Span();
    private final Span expiringSoon = new Span();
    private final ExportableGrid<Lot> lots = new ExportableGrid<>();
    private final ExportableGrid<LedgerEntry> entries = new ExportableGrid<>();
    private CustomerId customerId;
    private String title;

    public CustomerDetailView() {
        setId("customer-detail");
        balance.setId("customer-balance");
        shortfall.setId("customer-shortfall");
        expiringSoon.setId("customer-expiring-soon");
        configureLots();
        configureEntries();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String typed = event.getRouteParameters().get(PARAMETER).orElse("");
        removeAll();
        if (typed.isBlank() || !customers.exists(new CustomerId(typed))) {
            title = getTranslation("customers.notFound", typed);
            add(backButton(), new H2(title));
            return;
        }
        customerId = new CustomerId(typed);
        Customer customer = customers.find(customerId);
        // only customer service adjusts points and tags segments here
        boolean service = SignedIn.current().map(s -> s.hasAnyRole(Roles.SERVICE)).orElse(false);
        var lens = Services.get(PersonalDataAccess.class).reveal(customer.id(),
                Set.of(Field.CUSTOMER_NAME, Field.CUSTOMER_PHONE));
        String name = lens.show(Field.CUSTOMER_NAME, customer.name());
        title = customer.id() + (name == null ? "" : " · " + name);
        add(backButton(), new H2(title), new CustomerProfile(customer, lens),
                new StarLevels(customer, customers.today()), pointsSection());
        if (service) {
            add(new H3(getTranslation("customers.adjust.title")), new PointsAdjustmentForm(this::adjust));
            add(new H3(getTranslation("customers.segments.title")), segmentsForm(customer));
        }
        var entriesHead = new HorizontalLayout(new H3(getTranslation("customers.entries.title")),
                GridExport.buttons(entries, "ledger-entries-" + customerId.value()));
        entriesHead.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(entriesHead, entries);
        showPoints();
    }

    private Button backButton() {
        var back = new Button(getTranslation("customers.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(CustomersView.class)));
        back.setId("customer-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return back;
    }

    private VerticalLayout pointsSection() {
        var figures = new FormLayout();
        figures.addFormItem(balance, getTranslation("customers.balance"));
        figures.addFormItem(shortfall, getTranslation("customers.shortfall"));
        figures.addFormItem(expiringSoon, getTranslation("customers.expiringSoon"));
        var lotsHead = new HorizontalLayout(new Span(getTranslation("customers.lots.title")),
                GridExport.buttons(lots, "points-lots-" + customerId.value()));
        lotsHead.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var section = new VerticalLayout(new H3(getTranslation("customers.points.title")), figures, lotsHead, lots);
        section.setPadding(false);
        return section;
    }

    private void configureLots() {
        lots.setId("lots-grid");
        lots.addThemeVariants(GridVariant.LUMO_COMPACT);
        lots.addColumn(lot -> Labels.points(lot.remainingPoints())).setHeader(getTranslation("customers.lots.left"))
                .setAutoWidth(true);
        lots.addColumn(lot -> Labels.points(lot.originalPoints())).setHeader(getTranslation("customers.lots.original"))
                .setAutoWidth(true);
        lots.addColumn(lot -> Labels.time(lot.earnedAt())).setHeader(getTranslation("customers.lots.earned"))
                .setAutoWidth(true);
        lots.addColumn(lot -> Labels.lastDay(lot.expiresAt())).setHeader(getTranslation("customers.lots.expires"))
                .setAutoWidth(true);
    }

    /** Newest first (or by time or points as staff sort them), a page at a time from the ledger as the grid scrolls. */
    private void configureEntries() {
        entries.setId("entries-grid");
        entries.setHeight("28em");
        entries.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        entries.addColumn(e -> Labels.of(e.type())).setHeader(getTranslation("customers.entries.type")).setAutoWidth(true);
        entries.addColumn(e -> Labels.signedPoints(e.points())).setHeader(getTranslation("customers.entries.points"))
                .setAutoWidth(true).setSortProperty(EntrySort.POINTS.name());
        entries.addColumn(e -> Labels.points(e.balanceAfter())).setHeader(getTranslation("customers.entries.balanceAfter"))
                .setAutoWidth(true);
        entries.addColumn(LedgerEntry::reference).setHeader(getTranslation("customers.entries.reference")).setAutoWidth(true);
        entries.addColumn(e -> Labels.time(e.occurredAt())).setHeader(getTranslation("customers.entries.time"))
                .setAutoWidth(true).setSortProperty(EntrySort.TIME.name());
        entries.addColumn(LedgerEntry::actor).setHeader(getTranslation("customers.entries.actor")).setAutoWidth(true);
        entries.addColumn(e -> e.description(getLocale())).setHeader(getTranslation("customers.entries.description"))
                .setFlexGrow(1);
        entries.setItems(query -> points.entries(customerId, GridSorting.of(query.getSortOrders(), EntrySort.class),
                        query.getPage(), query.getPageSize()).items().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, points.entries(customerId, 0, 1).total()));
    }

    private void showPoints() {
        var now = points.balance(customerId);
        balance.setText(Labels.points(now.balance()));
        shortfall.setText(Labels.points(now.shortfall()));
        expiringSoon.setText(now.expiringSoon().isEmpty() ? getTranslation("customers.none")
                : now.expiringSoon().stream()
                        .map(e -> getTranslation("customers.expiringBy", Labels.points(e.points()), Labels.lastDay(e.expiresAt())))
                        .collect(Collectors.joining("; ")));
        var open = points.openLots(customerId);
        // a few lots show whole; a long history scrolls inside the grid instead of pushing the ledger down
        lots.setAllRowsVisible(open.size() <= LOTS_SHOWN_WHOLE);
        lots.setHeight(open.size() <= LOTS_SHOWN_WHOLE ? null : "20em");
        lots.setItems(open);
        entries.getDataProvider().refreshAll();
    }

    /** Staff tag the customer with marketing segments (comma-separated codes), replacing the ones they had. */
    private HorizontalLayout segmentsForm(Customer customer) {
        var codes = new TextField(getTranslation("customers.segments"));
        codes.setId("customer-segments-input");
        codes.setHelperText(getTranslation("customers.segments.help"));
        codes.setValue(customer.segments().stream().sorted().collect(Collectors.joining(", ")));
        codes.setWidth("36em");
        var save = new Button(getTranslation("customers.segments.save"), click -> {
            var wanted = Arrays.stream(codes.getValue().split("[,\\s]+")).map(String::strip)
                    .filter(code -> !code.isEmpty()).map(code -> code.toUpperCase(Locale.ROOT))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (Notifications.attempt(() -> customers.tagSegments(customerId, wanted))) {
                Notifications.success(getTranslation("customers.segments.done"));
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        save.setId("customer-segments-save");
        var form = new HorizontalLayout(codes, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    /** Nothing moves before staff have seen its effect: the balance before and after, and whether a second person must approve. */
    private void adjust(Adjustment adjustment, Runnable sent) {
        Points delta = Points.of(adjustment.getPoints());
        String reason = adjustment.getReason().strip();
        var preview = new AtomicReference<AdjustmentService.Preview>();
        if (!Notifications.attempt(() -> preview.set(adjustments.preview(customerId, delta)))) {
            return;
        }
        var effect = preview.get();
        var confirm = new ConfirmDialog();
        confirm.setId("adjust-confirm");
        confirm.setHeader(getTranslation("customers.adjust.confirmTitle", Labels.signedPoints(delta.value())));
        var text = new Span(getTranslation(effect.needsApproval() ? "customers.adjust.confirmApproval"
                        : "customers.adjust.confirmText", Labels.points(effect.balanceBefore()),
                Labels.points(effect.balanceAfter()), Labels.points(effect.limits().perAdjustment()),
                Labels.points(effect.limits().perStaffPerDay()), Labels.points(effect.movedToday())));
        text.setId("adjust-confirm-effect");
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        var yes = new Button(getTranslation(effect.needsApproval() ? "customers.adjust.confirmRequest"
                : "customers.adjust.confirmPost"), click -> {
            confirm.close();
            var outcome = new AtomicReference<AdjustmentService.Outcome>();
            if (Notifications.attempt(() -> outcome.set(adjustments.adjust(customerId, delta, reason)))) {
                sent.run();
                showPoints();
                Notifications.success(switch (outcome.get()) {
                    case AdjustmentService.Posted posted ->
                            getTranslation("customers.adjust.done", Labels.signedPoints(delta.value()));
                    case AdjustmentService.AwaitingApproval waiting ->
                            getTranslation("customers.adjust.awaiting", Labels.signedPoints(delta.value()),
                                    waiting.request().id());
                });
            }
        });
        yes.setId("adjust-confirm-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setConfirmButton(yes);
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("menu.customers") : title;
    }
}
