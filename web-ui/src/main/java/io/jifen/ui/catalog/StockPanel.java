package io.jifen.ui.catalog;

import io.jifen.shared.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import io.jifen.catalog.Gift;
import io.jifen.catalog.StockAdjustment;
import io.jifen.catalog.StockLocation;
import io.jifen.catalog.application.CatalogService;
import io.jifen.catalog.application.StockService;
import io.jifen.ui.security.SignedIn;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.GridExport;
import io.jifen.ui.shared.LanguageSwitch;
import io.jifen.ui.shared.Notifications;
import io.jifen.ui.shared.Services;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The selected gift's stock per location, and a stock adjustment with its reason. */
class StockPanel extends VerticalLayout {
    /** One location's line in the stock grid. */
    record LocationStock(String code, String name, long quantity) {
    }

    /** What the adjustment form holds until it is sent. */
    private static final class Adjustment {
        StockLocation location;
        Integer quantity;
        String reason;
    }

    private final CatalogService catalog = Services.get(CatalogService.class);
    private final StockService stock = Services.get(StockService.class);
    private final boolean english = LanguageSwitch.isEnglish();
    private final List<StockLocation> locations = catalog.locations();
    private final Map<String, StockLocation> locationsByCode = locations.stream()
            .collect(Collectors.toMap(StockLocation::code, Function.identity()));
    private final Runnable onChanged;
    private final H3 title = new H3();
    private final ExportableGrid<LocationStock> grid = new ExportableGrid<>();
    private final Binder<Adjustment> binder = new Binder<>();
    private Gift gift;

    StockPanel(Runnable onChanged) {
        this.onChanged = onChanged;
        setId("stock-panel");
        setPadding(false);
        grid.setId("stock-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(LocationStock::code).setHeader(getTranslation("catalog.stock.location")).setAutoWidth(true);
        grid.addColumn(LocationStock::name).setHeader(getTranslation("catalog.stock.locationName")).setFlexGrow(1);
        grid.addColumn(LocationStock::quantity).setHeader(getTranslation("catalog.stock.quantity"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        var heading = new HorizontalLayout(title, GridExport.buttons(grid, "gift-stock"));
        heading.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(heading, grid);
        // StockService lets only procurement adjust; other roles see the stock without a form they cannot use.
        if (SignedIn.current().map(s -> s.hasAnyRole(Roles.PROCUREMENT)).orElse(false)) {
            add(new H3(getTranslation("catalog.stock.adjust")), adjustmentForm());
        }
    }

    private FormLayout adjustmentForm() {
        var location = new ComboBox<StockLocation>(getTranslation("catalog.stock.location"), locations);
        location.setId("stock-location");
        location.setItemLabelGenerator(l -> l.code() + " · " + (english ? l.nameEn() : l.nameZh()));
        var quantity = new IntegerField(getTranslation("catalog.stock.change"));
        quantity.setId("stock-quantity");
        quantity.setHelperText(getTranslation("catalog.stock.changeHelp"));
        quantity.setMin(Math.toIntExact(-StockAdjustment.LARGEST));
        quantity.setMax(Math.toIntExact(StockAdjustment.LARGEST));
        var reason = new TextField(getTranslation("catalog.stock.reason"));
        reason.setId("stock-reason");
        reason.setMaxLength(500);
        binder.forField(location).asRequired(getTranslation("catalog.stock.required"))
                .bind(a -> a.location, (a, value) -> a.location = value);
        binder.forField(quantity).asRequired(getTranslation("catalog.stock.required"))
                .bind(a -> a.quantity, (a, value) -> a.quantity = value);
        binder.forField(reason).asRequired(getTranslation("catalog.stock.required"))
                .withValidator(value -> !value.isBlank(), getTranslation("catalog.stock.required"))
                .bind(a -> a.reason, (a, value) -> a.reason = value);
        var save = new Button(getTranslation("catalog.stock.save"), click -> adjust());
        save.setId("stock-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        binder.readBean(new Adjustment());
        return new FormLayout(location, quantity, reason, save);
    }

    void show(Gift gift) {
        this.gift = gift;
        title.setText(getTranslation("catalog.stock.title", gift.name(english)));
        refresh();
    }

    private void refresh() {
        grid.setItems(stock.stockByLocation(gift.id()).entrySet().stream()
                .map(e -> new LocationStock(e.getKey(), nameOf(e.getKey()), e.getValue()))
                .toList());
    }

    private String nameOf(String code) {
        var location = locationsByCode.get(code);
        return location == null ? code : english ? location.nameEn() : location.nameZh();
    }

    private void adjust() {
        var adjustment = new Adjustment();
        if (!binder.writeBeanIfValid(adjustment)) {
            return;
        }
        if (Notifications.attempt(() -> stock.adjust(gift.id(), adjustment.location.code(), adjustment.quantity,
                adjustment.reason.strip()))) {
            Notifications.success(getTranslation("catalog.stock.adjusted"));
            binder.readBean(new Adjustment());
            refresh();
            onChanged.run();
        }
    }
}
