package io.jifen.ui.customers;

import io.jifen.shared.CustomerId;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.jifen.customers.Customer;
import io.jifen.customers.CustomerSort;
import io.jifen.customers.PersonalDataPolicy;
import io.jifen.customers.PersonalDataPolicy.Field;
import io.jifen.customers.application.CustomerService;
import io.jifen.customers.application.PersonalDataAccess;
import io.jifen.shared.security.Roles;
import io.jifen.ui.security.SignedIn;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.GridExport;
import io.jifen.ui.shared.GridSorting;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Staff look a customer up. The grid pages through the database as it scrolls; names and phones
 * show as PersonalDataPolicy lets the role see them (customer service whole, each page it sees
 * recorded in the audit log; the others masked, and they search by customer id only: a phone or a
 * name typed in is refused, not searched).
 */
@Route(value = "customers", layout = MainLayout.class)
@RolesAllowed({Roles.SERVICE, Roles.ADMIN, Roles.AUDITOR})
public class CustomersView extends VerticalLayout implements HasDynamicTitle {
    private final TextField search = new TextField();
    private static final Set<Field> FIELDS = Set.of(Field.CUSTOMER_NAME, Field.CUSTOMER_PHONE);
    private final ExportableGrid<Customer> grid = new ExportableGrid<>();
    /** The lens each shown row was fetched with (the grid renders rows after the fetch that audited them). */
    private final Map<CustomerId, PersonalDataAccess.Lens> lenses = new HashMap<>();

    public CustomersView() {
        setSizeFull();
        setId("customers-view");
        CustomerService customers = Services.get(CustomerService.class);
        PersonalDataAccess personalData = Services.get(PersonalDataAccess.class);
        Set<String> roles = SignedIn.current().map(staff -> staff.actor().roles()).orElse(Set.of());
        LocalDate today = customers.today();
        boolean searchesPersonalData = PersonalDataPolicy.search(roles, "")
                == PersonalDataPolicy.SearchAllowance.ID_NAME_OR_PHONE;

        search.setId("customer-search");
        search.setPlaceholder(getTranslation(searchesPersonalData ? "customers.search" : "customers.search.byId"));
        search.setErrorMessage(getTranslation("customers.search.refused"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("24em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> {
            search.setInvalid(refused(roles));
            grid.getDataProvider().refreshAll();
        });

        grid.setId("customer-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(c -> c.id().value()).setHeader(getTranslation("customers.id")).setAutoWidth(true)
                .setSortProperty(CustomerSort.ID.name());
        var name = grid.addColumn(c -> nullToEmpty(lenses.get(c.id()).show(Field.CUSTOMER_NAME, c.name())))
                .setHeader(getTranslation("customers.name")).setAutoWidth(true);
        if (searchesPersonalData) {
            // a masked name sorts for no one: its order would tell what the mask hides
            name.setSortProperty(CustomerSort.NAME.name());
        }
        grid.addColumn(c -> nullToEmpty(lenses.get(c.id()).show(Field.CUSTOMER_PHONE, c.phone())))
                .setHeader(getTranslation("customers.phone")).setAutoWidth(true);
        grid.addColumn(c -> Labels.of(c.status())).setHeader(getTranslation("customers.status")).setAutoWidth(true)
                .setSortProperty(CustomerSort.STATUS.name());
        grid.addColumn(c -> Labels.of(c.serviceLevelOn(today).level()))
                .setHeader(getTranslation("customers.serviceLevel")).setAutoWidth(true);
        grid.setItems(query -> {
            if (refused(roles)) {
                return Stream.empty();
            }
            var page = customers.search(search.getValue(), GridSorting.of(query.getSortOrders(), CustomerSort.class),
                    query.getOffset(), query.getLimit());
            // one lens, and one audit record, per page the grid fetches
            var lens = personalData.reveal(page.stream().map(Customer::id).toList(), FIELDS);
            page.forEach(c -> lenses.put(c.id(), lens));
            return page.stream();
        }, query -> refused(roles) ? 0 : (int) Math.min(Integer.MAX_VALUE, customers.count(search.getValue())));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CustomerDetailView.class,
                new RouteParameters(CustomerDetailView.PARAMETER, click.getItem().id().value()))));

        var toolbar = new HorizontalLayout(search, GridExport.buttons(grid, "customers"));
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("menu.customers")), toolbar, grid);
        expand(grid);
    }

    private boolean refused(Set<String> roles) {
        return PersonalDataPolicy.search(roles, search.getValue()) == PersonalDataPolicy.SearchAllowance.REFUSED;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.customers");
    }
}
