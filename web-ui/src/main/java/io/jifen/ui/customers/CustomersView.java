package io.jifen.ui.customers;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.jifen.customers.Customer;
import io.jifen.customers.application.CustomerService;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;

/**
 * Customer service looks a customer up by id, name or phone. The grid pages through the database
 * as it scrolls; names and phones stay masked in the list whoever looks.
 */
@Route(value = "customers", layout = MainLayout.class)
@RolesAllowed({"service", "admin", "auditor"})
public class CustomersView extends VerticalLayout implements HasDynamicTitle {
    private final TextField search = new TextField();
    private final Grid<Customer> grid = new Grid<>();

    public CustomersView() {
        setSizeFull();
        setId("customers-view");
        CustomerService customers = Services.get(CustomerService.class);
        LocalDate today = customers.today();

        search.setId("customer-search");
        search.setPlaceholder(getTranslation("customers.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("24em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.setId("customer-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Customer::id).setHeader(getTranslation("customers.id")).setAutoWidth(true);
        grid.addColumn(c -> Masking.name(c.name())).setHeader(getTranslation("customers.name")).setAutoWidth(true);
        grid.addColumn(c -> Masking.phone(c.phone())).setHeader(getTranslation("customers.phone")).setAutoWidth(true);
        grid.addColumn(c -> Labels.of(c.status())).setHeader(getTranslation("customers.status")).setAutoWidth(true);
        grid.addColumn(c -> Labels.of(c.serviceLevelOn(today).level()))
                .setHeader(getTranslation("customers.serviceLevel")).setAutoWidth(true);
        grid.setItems(query -> customers.search(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, customers.count(search.getValue())));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CustomerDetailView.class,
                new RouteParameters(CustomerDetailView.PARAMETER, click.getItem().id()))));

        add(new H2(getTranslation("menu.customers")), search, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.customers");
    }
}
