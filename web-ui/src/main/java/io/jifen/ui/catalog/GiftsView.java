package io.jifen.ui.catalog;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jifen.catalog.CatalogQuery;
import io.jifen.catalog.CatalogSort;
import io.jifen.catalog.Gift;
import io.jifen.catalog.GiftCategory;
import io.jifen.catalog.application.CatalogService;
import io.jifen.shared.security.Roles;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.GridExport;
import io.jifen.ui.shared.LanguageSwitch;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Procurement's catalog: gifts paged from the database as the grid scrolls, sorted by the
 * database, with an editor and the stock of the selected gift beside the grid.
 */
@Route(value = "gifts", layout = MainLayout.class)
@RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
public class GiftsView extends VerticalLayout implements HasDynamicTitle {
    /** A grid row: the gift and its stock over all locations. */
    record GiftRow(Gift gift, long totalStock) {
    }

    private final CatalogService catalog = Services.get(CatalogService.class);
    private final boolean english = LanguageSwitch.isEnglish();
    private final TextField text = new TextField();
    private final ComboBox<GiftCategory> category = new ComboBox<>();
    private final Checkbox activeOnly = new Checkbox();
    private final ExportableGrid<GiftRow> grid = new ExportableGrid<>();
    private final GiftEditor editor = new GiftEditor(this::saved, this::closeEditor);
    private final StockPanel stock = new StockPanel(this::stockChanged);
    private final VerticalLayout side = new VerticalLayout(editor, stock);

    public GiftsView() {
        setSizeFull();
        setId("gifts-view");
        configureGrid();
        side.setId("gift-side-panel");
        side.setWidth("30em");
        side.setHeightFull();
        side.setPadding(false);
        side.addClassName("jifen-scroll");
        side.setVisible(false);
        grid.setHeightFull();
        var content = new HorizontalLayout(grid, side);
        content.setWidthFull();
        content.setMinHeight("0");
        content.expand(grid);
        add(new H2(getTranslation("menu.gifts")), toolbar(), content);
        expand(content);
    }

    private HorizontalLayout toolbar() {
        text.setId("gift-filter-text");
        text.setPlaceholder(getTranslation("catalog.filter.text"));
        text.setClearButtonVisible(true);
        text.setMaxLength(100);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        category.setId("gift-filter-category");
        category.setPlaceholder(getTranslation("catalog.filter.category"));
        category.setItems(GiftCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("catalog.category." + c.name()));
        category.setClearButtonVisible(true);
        category.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        activeOnly.setId("gift-filter-active");
        activeOnly.setLabel(getTranslation("catalog.filter.activeOnly"));
        activeOnly.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        var newGift = new Button(getTranslation("catalog.gift.new"), VaadinIcon.PLUS.create(), click -> newGift());
        newGift.setId("gift-new");
        newGift.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new HorizontalLayout(text, category, activeOnly, newGift, GridExport.buttons(grid, "gifts"));
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("gift-grid");
        grid.setMultiSort(false);
        grid.addColumn(row -> row.gift().sku()).setHeader(getTranslation("catalog.gift.sku"))
                .setSortProperty("sku").setAutoWidth(true);
        grid.addColumn(row -> row.gift().name(english)).setHeader(getTranslation("catalog.gift.name"))
                .setSortProperty("name").setFlexGrow(1);
        grid.addColumn(row -> getTranslation("catalog.category." + row.gift().category().name()))
                .setHeader(getTranslation("catalog.gift.category")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("catalog.type." + row.gift().type().name()))
                .setHeader(getTranslation("catalog.gift.type")).setAutoWidth(true);
        grid.addColumn(row -> row.gift().pointsPrice().value()).setHeader(getTranslation("catalog.gift.pointsPrice"))
                .setSortProperty("points").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("catalog.star." + row.gift().minStarLevel().number()))
                .setHeader(getTranslation("catalog.gift.minStarLevel")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("catalog.status." + row.gift().status().name()))
                .setHeader(getTranslation("catalog.gift.status")).setAutoWidth(true);
        grid.addColumn(GiftRow::totalStock).setHeader(getTranslation("catalog.gift.totalStock"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setItems(query -> {
                    var slice = catalog.browseFrom(query(sortOf(query.getSortOrders())), query.getOffset(),
                            query.getLimit());
                    return slice.items().stream().map(gift -> new GiftRow(gift, slice.totalStock(gift.id())));
                }, query -> (int) Math.min(Integer.MAX_VALUE, catalog.count(query(CatalogSort.DEFAULT))))
                .setIdentifierProvider(row -> row.gift().id());
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                edit(catalog.find(change.getValue().gift().id()));
            } else if (change.isFromClient()) {
                closeEditor();
            }
        });
    }

    private CatalogQuery query(CatalogSort sort) {
        return CatalogQuery.forStaff(category.getValue(), text.getValue(), activeOnly.getValue(), sort);
    }

    /** The grid's column sort as the catalog's order; the name sorts in the language shown. */
    private CatalogSort sortOf(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return CatalogSort.DEFAULT;
        }
        boolean descending = orders.getFirst().getDirection() == SortDirection.DESCENDING;
        return switch (orders.getFirst().getSorted()) {
            case "sku" -> descending ? CatalogSort.SKU_DESC : CatalogSort.SKU_ASC;
            case "name" -> english ? (descending ? CatalogSort.NAME_EN_DESC : CatalogSort.NAME_EN_ASC)
                    : (descending ? CatalogSort.NAME_DESC : CatalogSort.NAME_ASC);
            case "points" -> descending ? CatalogSort.POINTS_DESC : CatalogSort.POINTS_ASC;
            default -> CatalogSort.DEFAULT;
        };
    }

    private void newGift() {
        grid.asSingleSelect().clear();
        editor.editNew();
        stock.setVisible(false);
        side.setVisible(true);
    }

    private void edit(Gift gift) {
        editor.edit(gift);
        stock.show(gift);
        stock.setVisible(true);
        side.setVisible(true);
    }

    private void saved(Gift gift) {
        grid.getDataProvider().refreshAll();
        edit(gift);
    }

    private void stockChanged() {
        grid.getDataProvider().refreshAll();
    }

    private void closeEditor() {
        grid.asSingleSelect().clear();
        side.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.gifts");
    }
}
