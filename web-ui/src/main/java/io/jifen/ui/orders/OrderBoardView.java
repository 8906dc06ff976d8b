package io.jifen.ui.orders;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jifen.catalog.Channel;
import io.jifen.catalog.StockLocation;
import io.jifen.catalog.application.CatalogService;
import io.jifen.orders.OrderQuery;
import io.jifen.orders.OrderStatus;
import io.jifen.fulfilment.application.FulfilmentBoard;
import io.jifen.fulfilment.application.FulfilmentBoard.BoardEntry;
import io.jifen.shared.security.Roles;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.GridExport;
import io.jifen.ui.shared.LanguageSwitch;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The fulfilment board: open orders (or those in the chosen state), door-to-door (private
 * banking) first, then overdue, then those waiting longest, paged from the database as the grid
 * scrolls. Which orders are overdue is the domain's answer (FulfilmentDeadlines); the view only
 * marks them. Clicking an order opens it with the steps staff may take on it.
 */
@Route(value = "orders", layout = MainLayout.class)
@RolesAllowed({Roles.FULFILMENT, Roles.ADMIN, Roles.SERVICE})
public class OrderBoardView extends VerticalLayout implements HasDynamicTitle {
    private final FulfilmentBoard board = Services.get(FulfilmentBoard.class);
    private final Clock clock = Services.get(Clock.class);
    private final OrderLabels labels = new OrderLabels(Services.get(CatalogService.class).locations(),
            LanguageSwitch.isEnglish());
    private final TextField customer = new TextField();
    private final ComboBox<OrderStatus> status = new ComboBox<>();
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final ComboBox<StockLocation> branch = new ComboBox<>();
    private final IntegerField olderThanDays = new IntegerField();
    private final ExportableGrid<BoardEntry> grid = new ExportableGrid<>();

    public OrderBoardView() {
        setSizeFull();
        setId("orders-view");
        configureFilters();
        configureGrid();
        var filters = new HorizontalLayout(customer, status, channel, branch, olderThanDays,
                GridExport.buttons(grid, "order-board"));
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("menu.orders")), filters, grid);
        expand(grid);
    }

    private void configureFilters() {
        customer.setId("orders-customer-filter");
        customer.setLabel(getTranslation("orders.filter.customer"));
        customer.setPlaceholder(getTranslation("orders.filter.any"));
        customer.setClearButtonVisible(true);
        customer.setValueChangeMode(ValueChangeMode.LAZY);
        customer.addValueChangeListener(change -> refresh());
        choice(status, "orders-status-filter", "orders.filter.status", "orders.filter.status.open",
                List.of(OrderStatus.values()), labels::status);
        choice(channel, "orders-channel-filter", "orders.filter.channel", "orders.filter.any",
                List.of(Channel.values()), labels::channel);
        choice(branch, "orders-branch-filter", "orders.filter.branch", "orders.filter.any",
                labels.branches(), labels::location);
        olderThanDays.setId("orders-age-filter");
        olderThanDays.setLabel(getTranslation("orders.filter.age"));
        olderThanDays.setPlaceholder(getTranslation("orders.filter.any"));
        olderThanDays.setMin(0);
        olderThanDays.setStepButtonsVisible(true);
        olderThanDays.setClearButtonVisible(true);
        olderThanDays.setValueChangeMode(ValueChangeMode.LAZY);
        olderThanDays.addValueChangeListener(change -> refresh());
    }

    /** A filter choosing one of the items, or none ({@code placeholderKey} says what none means). */
    private <T> void choice(ComboBox<T> box, String id, String labelKey, String placeholderKey, List<T> items,
                            ItemLabelGenerator<T> label) {
        box.setId(id);
        box.setLabel(getTranslation(labelKey));
        box.setPlaceholder(getTranslation(placeholderKey));
        box.setItems(items);
        box.setItemLabelGenerator(label);
        box.setClearButtonVisible(true);
        box.addValueChangeListener(change -> refresh());
    }

    private void configureGrid() {
        grid.setId("orders-grid");
        grid.addComponentColumn(this::overdueBadge).setKey("overdue").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::doorToDoorBadge).setKey("doorToDoor").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.order().id().value()).setKey("id")
                .setHeader(getTranslation("orders.column.id")).setAutoWidth(true);
        grid.addColumn(entry -> labels.time(entry.order().createdAt())).setKey("placedAt")
                .setHeader(getTranslation("orders.column.placedAt")).setAutoWidth(true);
        grid.addColumn(entry -> entry.order().customerId().value()).setKey("customer")
                .setHeader(getTranslation("orders.column.customer")).setAutoWidth(true);
        grid.addColumn(entry -> labels.gift(entry.gift())).setKey("gift")
                .setHeader(getTranslation("orders.column.gift")).setFlexGrow(1);
        grid.addColumn(entry -> entry.order().quantity()).setKey("quantity")
                .setHeader(getTranslation("orders.column.quantity")).setAutoWidth(true);
        grid.addColumn(entry -> labels.points(entry.order().pointsCharged())).setKey("points")
                .setHeader(getTranslation("orders.column.points")).setAutoWidth(true);
        grid.addColumn(entry -> labels.channel(entry.order().channel())).setKey("channel")
                .setHeader(getTranslation("orders.column.channel")).setAutoWidth(true);
        grid.addColumn(entry -> labels.location(entry.order().branchCode())).setKey("branch")
                .setHeader(getTranslation("orders.column.branch")).setAutoWidth(true);
        grid.addColumn(entry -> labels.status(entry.order().status())).setKey("status")
                .setHeader(getTranslation("orders.column.status")).setAutoWidth(true);
        grid.addColumn(entry -> labels.age(entry.age())).setKey("age")
                .setHeader(getTranslation("orders.column.age")).setAutoWidth(true);
        grid.setPartNameGenerator(entry -> entry.overdue() ? "overdue" : null);
        grid.setEmptyStateText(getTranslation("orders.empty"));
        grid.setItems(query -> board.board(currentQuery(), query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(board.countBoard(currentQuery())));
        grid.addItemClickListener(click -> new OrderDetailDialog(click.getItem(), labels, this::refresh).open());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private OrderQuery currentQuery() {
        Integer days = olderThanDays.getValue();
        return OrderQuery.board(customer.getValue(), status.getValue(), channel.getValue(),
                branch.getValue() == null ? null : branch.getValue().code(),
                days == null || days < 0 ? null : clock.instant().minus(Duration.ofDays(days)));
    }

    private Span overdueBadge(BoardEntry entry) {
        var badge = new Span();
        if (entry.overdue()) {
            badge.setText(getTranslation("orders.overdue"));
            badge.addClassNames("orders-overdue-badge", "jifen-badge", "jifen-badge-error");
        }
        return badge;
    }

    /** Private-banking customers' courier orders go door to door and lead the board. */
    private Span doorToDoorBadge(BoardEntry entry) {
        var badge = new Span();
        if (entry.order().isDoorToDoor()) {
            badge.setText(getTranslation("fulfilment.doorToDoor.badge"));
            badge.addClassNames("orders-door-to-door-badge", "jifen-badge", "jifen-badge-primary");
        }
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.orders");
    }
}
