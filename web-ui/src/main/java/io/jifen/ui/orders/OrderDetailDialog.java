package io.jifen.ui.orders;

import io.jifen.shared.OrderId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.jifen.customers.PersonalDataPolicy.Field;
import io.jifen.customers.application.PersonalDataAccess;
import io.jifen.orders.OrderStatusChange;
import io.jifen.orders.RedemptionOrder;
import io.jifen.fulfilment.application.FulfilmentBoard;
import io.jifen.fulfilment.application.FulfilmentBoard.BoardEntry;
import io.jifen.shared.security.Roles;
import io.jifen.ui.security.SignedIn;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.GridExport;
import io.jifen.ui.shared.Services;
import java.util.Set;

/**
 * One order as the board found it: how it is to be fulfilled, the steps fulfilment staff may take
 * on it now, and every state it went through. After a step the dialog shows the order afresh and
 * the board is told to refresh.
 */
class OrderDetailDialog extends Dialog {
    private final FulfilmentBoard board = Services.get(FulfilmentBoard.class);
    private final OrderLabels labels;
    private final Runnable boardChanged;
    private final VerticalLayout content = new VerticalLayout();

    OrderDetailDialog(BoardEntry entry, OrderLabels labels, Runnable boardChanged) {
        this.labels = labels;
        this.boardChanged = boardChanged;
        setId("order-detail");
        setHeaderTitle(getTranslation("orders.detail.title", entry.order().id()));
        setWidth("min(64rem, 95vw)");
        content.setPadding(false);
        add(content);
        show(entry);
        var close = new Button(getTranslation("common.close"), click -> close());
        close.setId("order-detail-close");
        getFooter().add(close);
    }

    private void show(BoardEntry entry) {
        var order = entry.order();
        content.removeAll();
        if (entry.overdue()) {
            var overdue = new Span(getTranslation("orders.detail.overdue", labels.time(entry.dueBy())));
            overdue.setId("order-detail-overdue");
            overdue.addClassNames("jifen-warning", "jifen-strong");
            content.add(overdue);
        }
        if (order.isDoorToDoor()) {
            var doorToDoor = new Span(getTranslation("fulfilment.doorToDoor"));
            doorToDoor.setId("order-detail-door-to-door");
            doorToDoor.addClassName("jifen-strong");
            content.add(doorToDoor);
        }
        if (order.hasPendingSubstitute()) {
            var pending = new Span(getTranslation("fulfilment.substitute.pending", order.substituteGiftId(),
                    labels.time(order.substituteOfferedAt())));
            pending.setId("order-detail-substitute");
            content.add(pending);
        }
        content.add(fields(entry));
        if (SignedIn.current().map(staff -> staff.hasAnyRole(Roles.FULFILMENT, Roles.ADMIN)).orElse(false)) {
            var actions = new OrderActions(order, labels, () -> afterStep(order.id()));
            if (!actions.isEmpty()) {
                content.add(new H3(getTranslation("fulfilment.actions")), actions);
            }
        }
        var history = history(order);
        var historyHead = new HorizontalLayout(new H3(getTranslation("orders.detail.history")),
                GridExport.buttons(history, "order-history-" + order.id().value()));
        historyHead.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        content.add(historyHead, history);
    }

    private void afterStep(OrderId orderId) {
        show(board.boardEntry(orderId));
        boardChanged.run();
    }

    private FormLayout fields(BoardEntry entry) {
        var order = entry.order();
        var form = new FormLayout();
        form.setId("order-detail-fields");
        field(form, "status", labels.status(order.status()));
        field(form, "dueBy", entry.dueBy() == null ? getTranslation("orders.detail.noDeadline")
                : labels.time(entry.dueBy()));
        field(form, "placedAt", labels.time(order.createdAt()));
        field(form, "lastChange", labels.time(order.statusChangedAt()));
        field(form, "partner", order.partnerId());
        field(form, "customer", order.customerId().value());
        field(form, "gift", labels.gift(entry.gift()) + " (" + entry.gift().sku() + ")");
        field(form, "quantity", Integer.toString(order.quantity()));
        field(form, "points", labels.points(order.pointsCharged()));
        field(form, "channel", labels.channel(order.channel()));
        field(form, "branch", labels.orDash(labels.location(order.branchCode())));
        field(form, "stockLocation", labels.location(order.stockLocation()));
        var address = order.address();
        if (address != null) {
            // as PersonalDataPolicy lets this staff member see it: fulfilment whole (to ship), others masked
            var lens = Services.get(PersonalDataAccess.class).reveal(order.customerId(),
                    Set.of(Field.COURIER_RECIPIENT, Field.COURIER_PHONE, Field.COURIER_ADDRESS));
            field(form, "recipient", labels.orDash(lens.show(Field.COURIER_RECIPIENT, address.recipient())));
            field(form, "phone", labels.orDash(lens.show(Field.COURIER_PHONE, address.phone())));
            field(form, "address", labels.orDash(String.join(" ",
                    nonNull(lens.show(Field.COURIER_ADDRESS, address.line1())), nonNull(address.city()),
                    nonNull(address.postalCode())).trim()));
        }
        field(form, "carrier", labels.orDash(order.carrier()));
        field(form, "tracking", labels.orDash(order.trackingNumber()));
        return form;
    }

    private void field(FormLayout form, String key, String value) {
        var text = new Span(value);
        text.setId("order-detail-" + key);
        form.addFormItem(text, getTranslation("orders.detail." + key));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private ExportableGrid<OrderStatusChange> history(RedemptionOrder order) {
        var grid = new ExportableGrid<OrderStatusChange>();
        grid.setId("order-history");
        grid.addColumn(change -> labels.status(change.status())).setKey("status")
                .setHeader(getTranslation("orders.history.status")).setAutoWidth(true);
        grid.addColumn(change -> labels.time(change.at())).setKey("at")
                .setHeader(getTranslation("orders.history.at")).setAutoWidth(true);
        grid.addColumn(OrderStatusChange::by).setKey("by")
                .setHeader(getTranslation("orders.history.by")).setAutoWidth(true);
        grid.addColumn(change -> labels.orDash(change.reason(getLocale()))).setKey("reason")
                .setHeader(getTranslation("orders.history.reason")).setFlexGrow(1);
        // an order's own history is a handful of rows, not a table to page
        grid.setItems(order.history());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
