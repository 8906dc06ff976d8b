package io.jifen.ui.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import io.jifen.catalog.CatalogQuery;
import io.jifen.catalog.CatalogSort;
import io.jifen.catalog.Gift;
import io.jifen.catalog.StockLocation;
import io.jifen.catalog.application.CatalogService;
import io.jifen.procurement.Supplier;
import io.jifen.procurement.application.SupplierService;
import io.jifen.shared.GiftId;

/**
 * Searchable choosers for what staff would otherwise type an id for: a gift by name or SKU, a
 * supplier by name, a stock location. They page from the database as staff type, so they work the
 * same with ten gifts or a hundred thousand; the chosen item carries its id.
 */
public final class Pickers {
    private Pickers() {
    }

    public static ComboBox<Gift> gift(String label) {
        var catalog = Services.get(CatalogService.class);
        var picker = new ComboBox<Gift>(label);
        picker.setItems(q -> catalog.browseFrom(query(q.getFilter().orElse(null)), q.getOffset(), q.getLimit()).items()
                        .stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, catalog.count(query(q.getFilter().orElse(null)))));
        picker.setItemLabelGenerator(Pickers::giftLabel);
        picker.setPlaceholder(UI.getCurrent().getTranslation("picker.gift"));
        picker.setWidth("22em");
        return picker;
    }

    public static ComboBox<Supplier> supplier(String label) {
        var suppliers = Services.get(SupplierService.class);
        var picker = new ComboBox<Supplier>(label);
        picker.setItems(q -> suppliers.suppliersFrom(q.getFilter().orElse(null), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, suppliers.countSuppliers(q.getFilter().orElse(null))));
        picker.setItemLabelGenerator(Supplier::name);
        picker.setPlaceholder(UI.getCurrent().getTranslation("picker.supplier"));
        picker.setWidth("18em");
        return picker;
    }

    public static ComboBox<StockLocation> location(String label) {
        var picker = new ComboBox<StockLocation>(label);
        var locations = Services.get(CatalogService.class).locations();
        picker.setItems(locations);
        picker.setItemLabelGenerator(Pickers::locationLabel);
        locations.stream().filter(l -> l.code().equals(StockLocation.CENTRAL)).findFirst().ifPresent(picker::setValue);
        return picker;
    }

    public static String giftLabel(Gift gift) {
        return gift.name(english()) + " · " + gift.sku();
    }

    /** A gift by its id as pickers show it; the id itself for a gift no longer in the catalog. */
    public static String giftLabel(String giftId) {
        try {
            return giftLabel(Services.get(CatalogService.class).find(new GiftId(giftId)));
        } catch (RuntimeException gone) {
            return giftId;
        }
    }

    public static String locationLabel(StockLocation location) {
        return english() ? location.nameEn() : location.nameZh();
    }

    private static boolean english() {
        return LanguageSwitch.isEnglish();
    }

    private static CatalogQuery query(String filter) {
        return CatalogQuery.forStaff(null, filter == null || filter.isBlank() ? null : filter.strip(), true,
                CatalogSort.DEFAULT);
    }
}
