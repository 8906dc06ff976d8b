package io.jifen.ui.partners;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jifen.partners.Carrier;
import io.jifen.partners.CustomerScope;
import io.jifen.partners.Partner;
import io.jifen.partners.PartnerTerms;
import io.jifen.partners.RateLimits;
import io.jifen.partners.Registration;
import io.jifen.partners.RegistrationSort;
import io.jifen.partners.RegistrationStatus;
import io.jifen.partners.application.PartnerService;
import io.jifen.shared.security.Roles;
import io.jifen.ui.security.SignedIn;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.GridExport;
import io.jifen.ui.shared.GridSorting;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Notifications;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;

/**
 * The registered partners and carriers: administrators register, edit and suspend them (a
 * suspended one is refused on every server within seconds); auditors read. Both grids page
 * through the service as they scroll.
 */
@Route(value = "partners", layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class PartnersView extends VerticalLayout implements HasDynamicTitle {
    private final PartnerService partners = Services.get(PartnerService.class);
    private final boolean admin = SignedIn.current().map(s -> s.hasAnyRole(Roles.ADMIN)).orElse(false);

    private final TextField partnerId = new TextField();
    private final TextField partnerName = new TextField();
    private final Select<RegistrationStatus> partnerStatus = new Select<>();
    private final Select<CustomerScope> partnerScope = new Select<>();
    private final IntegerField rate = new IntegerField();
    private final IntegerField burst = new IntegerField();
    private final ExportableGrid<Partner> partnerGrid = new ExportableGrid<>();

    private final TextField carrierId = new TextField();
    private final TextField carrierName = new TextField();
    private final Select<RegistrationStatus> carrierStatus = new Select<>();
    private final ExportableGrid<Carrier> carrierGrid = new ExportableGrid<>();

    public PartnersView() {
        setWidthFull();
        setId("partners-view");
        configurePartnerGrid();
        configureCarrierGrid();
        add(heading(new H2(getTranslation("menu.partners")), GridExport.buttons(partnerGrid, "partners")),
                new Paragraph(getTranslation("partners.intro")));
        if (admin) {
            add(partnerForm());
        }
        add(partnerGrid, heading(new H3(getTranslation("partners.carriers")), GridExport.buttons(carrierGrid, "carriers")),
                new Paragraph(getTranslation("partners.carriersIntro")));
        if (admin) {
            add(carrierForm());
        }
        add(carrierGrid);
    }

    private static HorizontalLayout heading(Component title, Component exports) {
        var heading = new HorizontalLayout(title, exports);
        heading.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return heading;
    }

    private Component partnerForm() {
        registrationFields("partner", "id", partnerId, partnerName, partnerStatus);
        partnerScope.setId("partner-scope");
        partnerScope.setLabel(getTranslation("partners.scope"));
        partnerScope.setItems(CustomerScope.values());
        partnerScope.setItemLabelGenerator(scope -> getTranslation("partners.scope." + scope.name()));
        partnerScope.setValue(CustomerScope.ALL_CUSTOMERS);
        rate.setId("partner-rate");
        rate.setLabel(getTranslation("partners.rate"));
        rate.setMin(1);
        rate.setValue(RateLimits.DEFAULT.perSecond());
        burst.setId("partner-burst");
        burst.setLabel(getTranslation("partners.burst"));
        burst.setMin(1);
        burst.setValue(RateLimits.DEFAULT.burst());
        var save = new Button(getTranslation("partners.save"), click -> savePartner());
        save.setId("partner-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(partnerId, partnerName, partnerStatus, partnerScope, rate, burst, save);
        form.setId("partner-form");
        return form;
    }

    private void savePartner() {
        if (Notifications.attempt(() -> {
            var saved = partners.registerPartner(partnerId.getValue(), new PartnerTerms(partnerName.getValue(),
                    partnerStatus.getValue(), partnerScope.getValue(), RateLimits.of(rate.getValue(), burst.getValue())));
            Notifications.success(getTranslation(saved.created() ? "partners.registered" : "partners.replaced",
                    saved.partner().id()));
        })) {
            partnerGrid.getDataProvider().refreshAll();
        }
    }

    private void edit(Partner partner) {
        partnerId.setValue(partner.id());
        partnerName.setValue(partner.name());
        partnerStatus.setValue(partner.status());
        partnerScope.setValue(partner.customerScope());
        rate.setValue(partner.limits().perSecond());
        burst.setValue(partner.limits().burst());
    }

    private void toggle(Partner partner) {
        var next = partner.status() == RegistrationStatus.ACTIVE ? RegistrationStatus.SUSPENDED : RegistrationStatus.ACTIVE;
        if (Notifications.attempt(() -> partners.registerPartner(partner.id(), new PartnerTerms(partner.name(), next,
                partner.customerScope(), partner.limits())))) {
            Notifications.success(getTranslation("partners.now." + next.name(), partner.id()));
            partnerGrid.getDataProvider().refreshAll();
        }
    }

    private void configurePartnerGrid() {
        partnerGrid.setId("partners-grid");
        partnerGrid.setHeight("20em");
        registrationColumns(partnerGrid, "id");
        partnerGrid.addColumn(p -> getTranslation("partners.scope." + p.customerScope().name()))
                .setHeader(getTranslation("partners.scope")).setAutoWidth(true);
        partnerGrid.addColumn(p -> p.limits().perSecond()).setHeader(getTranslation("partners.rate"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        partnerGrid.addColumn(p -> p.limits().burst()).setHeader(getTranslation("partners.burst"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        if (admin) {
            partnerGrid.addComponentColumn(p -> actions(() -> edit(p), () -> toggle(p), p, "partner"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        partnerGrid.setEmptyStateText(getTranslation("partners.none"));
        partnerGrid.setItems(query -> partners.partners(GridSorting.of(query.getSortOrders(), RegistrationSort.class),
                        query.getPage(), query.getPageSize()).items().stream(),
                query -> Math.toIntExact(partners.partners(0, 1).total()));
    }

    private Component carrierForm() {
        registrationFields("carrier", "carrierId", carrierId, carrierName, carrierStatus);
        var save = new Button(getTranslation("partners.saveCarrier"), click -> saveCarrier());
        save.setId("carrier-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(carrierId, carrierName, carrierStatus, save);
        form.setId("carrier-form");
        return form;
    }

    private void saveCarrier() {
        if (Notifications.attempt(() -> {
            var saved = partners.registerCarrier(carrierId.getValue(), carrierName.getValue(), carrierStatus.getValue());
            Notifications.success(getTranslation(saved.created() ? "partners.carrierRegistered"
                    : "partners.carrierReplaced", saved.carrier().id()));
        })) {
            carrierGrid.getDataProvider().refreshAll();
        }
    }

    private void toggle(Carrier carrier) {
        var next = carrier.isActive() ? RegistrationStatus.SUSPENDED : RegistrationStatus.ACTIVE;
        if (Notifications.attempt(() -> partners.registerCarrier(carrier.id(), carrier.name(), next))) {
            Notifications.success(getTranslation("partners.now." + next.name(), carrier.id()));
            carrierGrid.getDataProvider().refreshAll();
        }
    }

    private void configureCarrierGrid() {
        carrierGrid.setId("carriers-grid");
        carrierGrid.setHeight("14em");
        registrationColumns(carrierGrid, "carrierId");
        if (admin) {
            carrierGrid.addComponentColumn(c -> actions(() -> {
                carrierId.setValue(c.id());
                carrierName.setValue(c.name());
                carrierStatus.setValue(c.status());
            }, () -> toggle(c), c, "carrier")).setAutoWidth(true).setFlexGrow(0);
        }
        carrierGrid.setEmptyStateText(getTranslation("partners.noCarriers"));
        carrierGrid.setItems(query -> partners.carriers(GridSorting.of(query.getSortOrders(), RegistrationSort.class),
                        query.getPage(), query.getPageSize()).items().stream(),
                query -> Math.toIntExact(partners.carriers(0, 1).total()));
    }

    /** The id, name and status every registration (partner or carrier) is stated with. */
    private void registrationFields(String kind, String idKey, TextField id, TextField name,
                                    Select<RegistrationStatus> status) {
        id.setId(kind + "-id");
        id.setLabel(getTranslation("partners." + idKey));
        id.setHelperText(getTranslation("partners." + idKey + "Help"));
        id.setMaxLength(64);
        id.setPattern("[A-Za-z0-9_-]+");
        name.setId(kind + "-name");
        name.setLabel(getTranslation("partners.name"));
        name.setMaxLength(100);
        status(status, kind + "-status");
    }

    private <T extends Registration> void registrationColumns(ExportableGrid<T> grid, String idKey) {
        grid.addColumn(Registration::id).setHeader(getTranslation("partners." + idKey)).setAutoWidth(true)
                .setSortProperty(RegistrationSort.ID.name());
        grid.addColumn(Registration::name).setHeader(getTranslation("partners.name")).setFlexGrow(1)
                .setSortProperty(RegistrationSort.NAME.name());
        grid.addColumn(r -> getTranslation("partners.status." + r.status().name()))
                .setHeader(getTranslation("partners.status")).setAutoWidth(true)
                .setSortProperty(RegistrationSort.STATUS.name());
    }

    private void status(Select<RegistrationStatus> select, String id) {
        select.setId(id);
        select.setLabel(getTranslation("partners.status"));
        select.setItems(RegistrationStatus.values());
        select.setItemLabelGenerator(status -> getTranslation("partners.status." + status.name()));
        select.setValue(RegistrationStatus.ACTIVE);
    }

    private Component actions(Runnable edit, Runnable toggle, Registration registration, String kind) {
        String id = registration.id();
        var editButton = new Button(getTranslation("partners.edit"), click -> edit.run());
        editButton.setId(kind + "-edit-" + id);
        editButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        boolean active = registration.status() == RegistrationStatus.ACTIVE;
        // suspending cuts the partner or carrier off at once, so it is confirmed; activating again is not
        var toggleButton = new Button(getTranslation(active ? "partners.suspend" : "partners.activate"),
                click -> {
                    if (active) {
                        confirmSuspend(registration, kind, toggle);
                    } else {
                        toggle.run();
                    }
                });
        toggleButton.setId(kind + (active ? "-suspend-" : "-activate-") + id);
        toggleButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (active) {
            toggleButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return new HorizontalLayout(editButton, toggleButton);
    }

    /** States whom suspending cuts off, and that every server refuses them within seconds, before it happens. */
    private void confirmSuspend(Registration registration, String kind, Runnable suspend) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("partners.suspendTitle." + kind, registration.id()));
        confirm.setText(getTranslation("partners.suspendText." + kind, registration.id(), registration.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        var yes = new Button(getTranslation("partners.suspend"), click -> {
            confirm.close();
            suspend.run();
        });
        yes.setId(kind + "-suspend-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setConfirmButton(yes);
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.partners");
    }
}
