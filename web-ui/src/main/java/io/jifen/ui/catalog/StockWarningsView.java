package io.jifen.ui.catalog;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jifen.catalog.WarningSort;
import io.jifen.catalog.application.StockService;
import io.jifen.catalog.application.StockService.WarningLine;
import io.jifen.shared.security.Roles;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.GridExport;
import io.jifen.ui.shared.GridSorting;
import io.jifen.ui.shared.LanguageSwitch;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Gifts whose stock has fallen to their low-stock threshold, newest warning first (or by SKU,
 * threshold or time as staff sort them), paged as the grid scrolls.
 */
@Route(value = "stock-warnings", layout = MainLayout.class)
@RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
public class StockWarningsView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    public StockWarningsView() {
        setSizeFull();
        setId("stock-warnings-view");
        boolean english = LanguageSwitch.isEnglish();
        var grid = new ExportableGrid<WarningLine>();
        grid.setId("warnings-grid");
        grid.addColumn(line -> line.gift().sku()).setHeader(getTranslation("catalog.gift.sku")).setAutoWidth(true)
                .setSortProperty(WarningSort.SKU.name());
        grid.addColumn(line -> line.gift().name(english)).setHeader(getTranslation("catalog.gift.name"))
                .setFlexGrow(1);
        grid.addColumn(WarningLine::totalStock).setHeader(getTranslation("catalog.warnings.totalStock"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(line -> line.warning().threshold()).setHeader(getTranslation("catalog.warnings.threshold"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setSortProperty(WarningSort.THRESHOLD.name());
        grid.addColumn(line -> TIME.format(line.warning().raisedAt()))
                .setHeader(getTranslation("catalog.warnings.raisedAt")).setAutoWidth(true)
                .setSortProperty(WarningSort.RAISED.name());
        StockService stock = Services.get(StockService.class);
        grid.setItems(query -> stock.openWarnings(GridSorting.of(query.getSortOrders(), WarningSort.class),
                        query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, stock.countOpenWarnings()));
        var heading = new HorizontalLayout(new H2(getTranslation("menu.stockWarnings")),
                GridExport.buttons(grid, "stock-warnings"));
        heading.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(heading, new Paragraph(getTranslation("catalog.warnings.intro")), grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.stockWarnings");
    }
}
