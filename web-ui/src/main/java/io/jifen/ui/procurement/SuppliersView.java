package io.jifen.ui.procurement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jifen.procurement.QuoteComparison;
import io.jifen.procurement.Supplier;
import io.jifen.procurement.SupplierContact;
import io.jifen.procurement.application.SupplierService;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.security.Roles;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Notifications;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Suppliers with their grade and why, a form for a new one, and the quote comparison for a gift. */
@Route(value = "suppliers", layout = MainLayout.class)
@RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
public class SuppliersView extends VerticalLayout implements HasDynamicTitle {
    private final SupplierService suppliers = Services.get(SupplierService.class);
    private final Grid<Supplier> grid = new Grid<>();
    private final Grid<QuoteComparison.Offer> offers = new Grid<>();
    private final Paragraph why = new Paragraph();

    public SuppliersView() {
        setId("suppliers-view");
        setSizeFull();
        configureGrid();
        add(new H2(getTranslation("menu.suppliers")), newSupplierForm(), grid, why,
                new H3(getTranslation("procurement.compare.title")), comparisonForm(), offers);
        why.setId("supplier-why");
    }

    private void configureGrid() {
        grid.setId("supplier-grid");
        grid.addColumn(Supplier::id).setHeader("ID").setAutoWidth(true);
        grid.addColumn(Supplier::name).setHeader(getTranslation("procurement.supplier.name")).setFlexGrow(1);
        grid.addColumn(s -> s.contacts().stream().map(c -> c.name() + (c.phone() == null ? "" : " " + c.phone()))
                .reduce((a, b) -> a + "; " + b).orElse("")).setHeader(getTranslation("procurement.supplier.contacts"));
        grid.addColumn(s -> suppliers.graded(s.id()).grade().grade())
                .setHeader(getTranslation("procurement.supplier.grade")).setAutoWidth(true);
        grid.setItems(query -> suppliers.suppliersFrom(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, suppliers.countSuppliers()));
        grid.setHeight("280px");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                var graded = suppliers.graded(e.getValue().id());
                why.setText(getTranslation("procurement.supplier.why", graded.grade().grade()) + " "
                        + String.join(" · ", graded.grade().why()));
            }
        });
    }

    private HorizontalLayout newSupplierForm() {
        var name = new TextField(getTranslation("procurement.supplier.name"));
        name.setId("supplier-name");
        name.setMaxLength(200);
        var contact = new TextField(getTranslation("procurement.supplier.contact"));
        contact.setId("supplier-contact");
        var phone = new TextField(getTranslation("procurement.supplier.phone"));
        phone.setId("supplier-phone");
        var save = new Button(getTranslation("procurement.supplier.add"), click -> {
            if (name.isEmpty()) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("procurement.required"));
                return;
            }
            List<SupplierContact> contacts = contact.isEmpty() ? List.of()
                    : List.of(new SupplierContact(contact.getValue(), phone.getValue(), null));
            if (Notifications.attempt(() -> suppliers.addSupplier(name.getValue(), contacts))) {
                Notifications.success(getTranslation("procurement.supplier.added"));
                name.clear();
                contact.clear();
                phone.clear();
                grid.getDataProvider().refreshAll();
            }
        });
        save.setId("supplier-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(name, contact, phone, save);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return form;
    }

    private HorizontalLayout comparisonForm() {
        var gift = new TextField(getTranslation("procurement.compare.gift"));
        gift.setId("compare-gift");
        var quantity = new TextField(getTranslation("procurement.compare.quantity"));
        quantity.setId("compare-quantity");
        quantity.setValue("1");
        offers.setId("compare-grid");
        offers.addColumn(QuoteComparison.Offer::supplierId).setHeader(getTranslation("procurement.compare.supplier"));
        offers.addColumn(o -> o.tierMinQuantity() + "+").setHeader(getTranslation("procurement.compare.tier"));
        offers.addColumn(o -> Format.yuan(o.unitPrice().amount())).setHeader(getTranslation("procurement.compare.unitPrice"))
                .setTextAlign(ColumnTextAlign.END);
        offers.addColumn(o -> Format.yuan(o.total().amount())).setHeader(getTranslation("procurement.compare.total"))
                .setTextAlign(ColumnTextAlign.END);
        offers.addColumn(o -> o.cheapest() ? getTranslation("procurement.compare.cheapest") : "")
                .setHeader(getTranslation("procurement.compare.cheapest"));
        offers.setHeight("220px");
        var compare = new Button(getTranslation("procurement.compare.run"), click -> Notifications.attempt(() ->
                offers.setItems(suppliers.compare(gift.getValue().strip(), units(quantity), null).offers())));
        compare.setId("compare-run");
        var form = new HorizontalLayout(gift, quantity, compare);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return form;
    }

    private static int units(TextField input) {
        try {
            return Integer.parseInt(input.getValue().strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("quantity", "a whole number");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.suppliers");
    }
}
