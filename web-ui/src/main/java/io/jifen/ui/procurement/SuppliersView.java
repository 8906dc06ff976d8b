package io.jifen.ui.procurement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jifen.catalog.Gift;
import io.jifen.procurement.PurchaseOrderLine;
import io.jifen.procurement.Quote;
import io.jifen.procurement.QuoteComparison;
import io.jifen.procurement.Supplier;
import io.jifen.procurement.SupplierContact;
import io.jifen.procurement.SupplierSort;
import io.jifen.procurement.application.SupplierService;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Money;
import io.jifen.shared.security.Roles;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.GridExport;
import io.jifen.ui.shared.GridSorting;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Notifications;
import io.jifen.ui.shared.Pickers;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Suppliers: a searchable list with the chosen supplier beside it (grade and why, contacts, its
 * quotes and a form for a new quote with bulk tiers), and the quote comparison for a gift picked
 * by name or SKU. No id is ever typed.
 */
@Route(value = "suppliers", layout = MainLayout.class)
@RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
public class SuppliersView extends VerticalLayout implements HasDynamicTitle {
    private static final ZoneId BANK_ZONE = ZoneId.of("Asia/Shanghai");
    /** The tiers a quote form offers at once; more are added as further quotes. */
    private static final int TIER_ROWS = 3;

    private final SupplierService suppliers = Services.get(SupplierService.class);
    private final ExportableGrid<Supplier> grid = new ExportableGrid<>();
    private final ExportableGrid<QuoteComparison.Offer> offers = new ExportableGrid<>();
    private final TextField nameFilter = new TextField();
    private final VerticalLayout detail = new VerticalLayout();
    private Map<String, String> offerNames = Map.of();

    public SuppliersView() {
        setId("suppliers-view");
        setSizeFull();
        configureGrid();
        detail.setId("supplier-detail");
        detail.setPadding(false);
        detail.add(new Span(getTranslation("procurement.supplier.choose")));
        nameFilter.setPlaceholder(getTranslation("procurement.supplier.search"));
        nameFilter.setId("supplier-filter");
        nameFilter.setClearButtonVisible(true);
        nameFilter.setValueChangeMode(ValueChangeMode.LAZY);
        nameFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var add = new Button(getTranslation("procurement.supplier.add"), click -> openNewSupplier());
        add.setId("supplier-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var bar = new HorizontalLayout(nameFilter, add, GridExport.buttons(grid, "suppliers"));
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        bar.setWrap(true);
        var list = new VerticalLayout(bar, grid);
        list.setPadding(false);
        var split = new SplitLayout(list, detail);
        split.setSplitterPosition(50);
        split.setWidthFull();
        split.setHeight("520px");
        add(new H2(getTranslation("menu.suppliers")), split, new H3(getTranslation("procurement.compare.title")),
                comparisonForm(), offers);
    }

    private void configureGrid() {
        grid.setId("supplier-grid");
        grid.addColumn(Supplier::name).setHeader(getTranslation("procurement.supplier.name")).setFlexGrow(1)
                .setSortProperty(SupplierSort.NAME.name()).setKey("name");
        grid.addColumn(s -> s.contacts().stream().map(c -> c.name() + (c.phone() == null ? "" : " " + c.phone()))
                .collect(Collectors.joining("; "))).setHeader(getTranslation("procurement.supplier.contacts"))
                .setKey("contacts");
        grid.setItems(query -> suppliers.suppliersFrom(nameFilter.getValue(),
                        GridSorting.of(query.getSortOrders(), SupplierSort.class), query.getOffset(), query.getLimit())
                        .stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, suppliers.countSuppliers(nameFilter.getValue())));
        grid.setHeight("440px");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
    }

    private void openNewSupplier() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("procurement.supplier.add"));
        var name = new TextField(getTranslation("procurement.supplier.name"));
        name.setId("supplier-name");
        name.setMaxLength(200);
        name.setWidth("20em");
        var contact = new TextField(getTranslation("procurement.supplier.contact"));
        contact.setId("supplier-contact");
        var phone = new TextField(getTranslation("procurement.supplier.phone"));
        phone.setId("supplier-phone");
        var email = new TextField(getTranslation("procurement.supplier.email"));
        email.setId("supplier-email");
        var save = new Button(getTranslation("common.save"), click -> {
            if (name.isEmpty()) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("procurement.required"));
                return;
            }
            List<SupplierContact> contacts = contact.isEmpty() ? List.of()
                    : List.of(new SupplierContact(contact.getValue(), blankToNull(phone), blankToNull(email)));
            Supplier[] added = new Supplier[1];
            if (Notifications.attempt(() -> added[0] = suppliers.addSupplier(name.getValue(), contacts))) {
                dialog.close();
                Notifications.success(getTranslation("procurement.supplier.added"));
                grid.getDataProvider().refreshAll();
                show(added[0]);
            }
        });
        save.setId("supplier-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, new HorizontalLayout(contact, phone, email)));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private static String blankToNull(TextField field) {
        return field.isEmpty() ? null : field.getValue().strip();
    }

    private void show(Supplier supplier) {
        detail.removeAll();
        var graded = suppliers.graded(supplier.id());
        var heading = new H3(supplier.name());
        heading.setId("supplier-heading");
        var grade = new Span(getTranslation("procurement.supplier.gradeIs", graded.grade().grade()));
        grade.setId("supplier-grade");
        grade.getElement().getThemeList().add("badge");
        var why = new Paragraph(String.join(" · ", graded.grade().why(getLocale())));
        why.setId("supplier-why");
        var quotes = new Grid<Quote>();
        quotes.setId("supplier-quotes");
        Map<String, String> giftNames = new HashMap<>();
        quotes.addColumn(q -> giftNames.computeIfAbsent(q.giftId(), Pickers::giftLabel))
                .setHeader(getTranslation("procurement.po.gift")).setFlexGrow(1);
        quotes.addColumn(q -> q.minQuantity() + "+").setHeader(getTranslation("procurement.compare.tier"))
                .setTextAlign(ColumnTextAlign.END);
        quotes.addColumn(q -> Format.yuan(q.unitPrice().amount())).setHeader(getTranslation("procurement.compare.unitPrice"))
                .setTextAlign(ColumnTextAlign.END);
        quotes.addColumn(q -> q.validFrom() + " – " + q.validTo()).setHeader(getTranslation("procurement.quote.valid"));
        quotes.setItems(graded.quotes());
        quotes.setAllRowsVisible(true);
        detail.add(new HorizontalLayout(heading, grade), why, new H3(getTranslation("procurement.quote.title")), quotes,
                quoteForm(supplier));
    }

    /** A new quote: a gift, the days it holds, and up to three bulk tiers (from N units, a unit price). */
    private VerticalLayout quoteForm(Supplier supplier) {
        var gift = Pickers.gift(getTranslation("procurement.po.gift"));
        gift.setId("quote-gift");
        LocalDate today = LocalDate.now(BANK_ZONE);
        var from = new DatePicker(getTranslation("procurement.quote.from"), today);
        from.setId("quote-from");
        from.setLocale(getLocale());
        var to = new DatePicker(getTranslation("procurement.quote.to"), today.plusYears(1));
        to.setId("quote-to");
        to.setLocale(getLocale());
        List<IntegerField> minimums = new ArrayList<>();
        List<BigDecimalField> prices = new ArrayList<>();
        var tiers = new VerticalLayout();
        tiers.setPadding(false);
        tiers.setSpacing(false);
        for (int i = 0; i < TIER_ROWS; i++) {
            var minimum = new IntegerField(getTranslation("procurement.quote.fromUnits"));
            minimum.setId("quote-min-" + i);
            minimum.setMin(1);
            minimum.setMax(PurchaseOrderLine.MAX_QUANTITY);
            var price = new BigDecimalField(getTranslation("procurement.compare.unitPrice"));
            price.setId("quote-price-" + i);
            price.setPrefixComponent(new Span("¥"));
            if (i == 0) {
                minimum.setValue(1);
            }
            minimums.add(minimum);
            prices.add(price);
            tiers.add(new HorizontalLayout(minimum, price));
        }
        var save = new Button(getTranslation("procurement.quote.add"), click -> {
            if (gift.getValue() == null) {
                gift.setInvalid(true);
                gift.setErrorMessage(getTranslation("procurement.required"));
                return;
            }
            if (from.getValue() == null || to.getValue() == null) {
                Notifications.warn(getTranslation("procurement.quote.datesRequired"));
                return;
            }
            List<Integer> filled = new ArrayList<>();
            for (int i = 0; i < TIER_ROWS; i++) {
                if (minimums.get(i).getValue() != null || prices.get(i).getValue() != null) {
                    filled.add(i);
                }
            }
            if (filled.isEmpty()) {
                Notifications.warn(getTranslation("procurement.quote.noTier"));
                return;
            }
            Gift chosen = gift.getValue();
            if (Notifications.attempt(() -> suppliers.addQuotes(supplier.id(), chosen.id().value(),
                    filled.stream().map(i -> new SupplierService.Tier(tierMinimum(minimums.get(i)),
                            tierPrice(prices.get(i)))).toList(), from.getValue(), to.getValue()))) {
                Notifications.success(getTranslation("procurement.quote.added", filled.size()));
                show(supplier);
            }
        });
        save.setId("quote-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var dates = new HorizontalLayout(gift, from, to);
        dates.setWrap(true);
        var form = new VerticalLayout(new H3(getTranslation("procurement.quote.new")), dates, tiers, save);
        form.setPadding(false);
        return form;
    }

    private static int tierMinimum(IntegerField field) {
        if (field.getValue() == null || field.isInvalid()) {
            throw new InvalidRequestException("minQuantity", "a whole number of units");
        }
        return field.getValue();
    }

    private static Money tierPrice(BigDecimalField field) {
        if (field.getValue() == null || field.isInvalid()) {
            throw new InvalidRequestException("unitPrice", "a yuan amount like 199.00");
        }
        return new Money(field.getValue(), Money.CNY);
    }

    private HorizontalLayout comparisonForm() {
        var gift = Pickers.gift(getTranslation("procurement.compare.gift"));
        gift.setId("compare-gift");
        var quantity = new IntegerField(getTranslation("procurement.compare.quantity"));
        quantity.setId("compare-quantity");
        quantity.setValue(1);
        quantity.setMin(1);
        offers.setId("compare-grid");
        offers.addColumn(o -> offerNames.getOrDefault(o.supplierId(), o.supplierId()))
                .setHeader(getTranslation("procurement.compare.supplier")).setFlexGrow(1);
        offers.addColumn(o -> o.tierMinQuantity() + "+").setHeader(getTranslation("procurement.compare.tier"));
        offers.addColumn(o -> Format.yuan(o.unitPrice().amount())).setHeader(getTranslation("procurement.compare.unitPrice"))
                .setTextAlign(ColumnTextAlign.END);
        offers.addColumn(o -> Format.yuan(o.total().amount())).setHeader(getTranslation("procurement.compare.total"))
                .setTextAlign(ColumnTextAlign.END);
        offers.addColumn(o -> o.cheapest() ? getTranslation("procurement.compare.cheapest") : "")
                .setHeader(getTranslation("procurement.compare.cheapest"));
        offers.setAllRowsVisible(true);
        var compare = new Button(getTranslation("procurement.compare.run"), click -> {
            if (gift.getValue() == null) {
                gift.setInvalid(true);
                gift.setErrorMessage(getTranslation("procurement.required"));
                return;
            }
            Notifications.attempt(() -> {
                var comparison = suppliers.compare(gift.getValue().id().value(),
                        quantity.getValue() == null ? 0 : quantity.getValue(), null);
                offerNames = suppliers.namesOf(comparison.offers().stream().map(QuoteComparison.Offer::supplierId)
                        .toList());
                offers.setItems(comparison.offers());
            });
        });
        compare.setId("compare-run");
        var form = new HorizontalLayout(gift, quantity, compare, GridExport.buttons(offers, "quote-comparison"));
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.suppliers");
    }
}
