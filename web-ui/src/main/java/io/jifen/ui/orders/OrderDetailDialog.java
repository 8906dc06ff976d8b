package io.jifen.ui.orders;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.jifen.orders.OrderStatusChange;
import io.jifen.orders.RedemptionOrder;
import io.jifen.orders.application.RedemptionService.BoardEntry;

/** One order as the board found it: how it is to be fulfilled, and every state it went through. */
class OrderDetailDialog extends Dialog {
    private final OrderLabels labels;

    OrderDetailDialog(BoardEntry entry, OrderLabels labels) {
        this.labels = labels;
        var order = entry.order();
        setId("order-detail");
        setHeaderTitle(getTranslation("orders.detail.title", order.id()));
        setWidth("min(60rem, 95vw)");
        var content = new VerticalLayout(fields(entry), new H3(getTranslation("orders.detail.history")), history(order));
        content.setPadding(false);
        if (entry.overdue()) {
            var overdue = new Span(getTranslation("orders.detail.overdue", labels.time(entry.dueBy())));
            overdue.setId("order-detail-overdue");
            overdue.getStyle().set("color", "var(--lumo-error-text-color, #b3261e)").set("font-weight", "600");
            content.addComponentAsFirst(overdue);
        }
        add(content);
        var close = new Button(getTranslation("common.close"), click -> close());
        close.setId("order-detail-close");
        getFooter().add(close);
    }

    private FormLayout fields(BoardEntry entry) {
        var order = entry.order();
        var form = new FormLayout();
        form.setId("order-detail-fields");
        field(form, "status", labels.status(order.status()));
        field(form, "dueBy", entry.dueBy() == null ? getTranslation("orders.detail.noDeadline")
                : labels.time(entry.dueBy()));
        field(form, "placedAt", labels.time(order.createdAt()));
        field(form, "lastChange", labels.time(order.lastChange().at()));
        field(form, "partner", order.partnerId());
        field(form, "customer", order.customerId());
        field(form, "gift", labels.gift(entry.gift()) + " (" + entry.gift().sku() + ")");
        field(form, "quantity", Integer.toString(order.quantity()));
        field(form, "points", labels.points(order.pointsCharged()));
        field(form, "channel", labels.channel(order.channel()));
        field(form, "branch", labels.orDash(labels.location(order.branchCode())));
        field(form, "stockLocation", labels.location(order.stockLocation()));
        var address = order.address();
        if (address != null) {
            field(form, "recipient", labels.orDash(address.recipient()));
            field(form, "phone", labels.orDash(address.phone()));
            field(form, "address", labels.orDash(String.join(" ", nonNull(address.line1()), nonNull(address.city()),
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

    private Grid<OrderStatusChange> history(RedemptionOrder order) {
        var grid = new Grid<OrderStatusChange>();
        grid.setId("order-history");
        grid.addColumn(change -> labels.status(change.status())).setKey("status")
                .setHeader(getTranslation("orders.history.status")).setAutoWidth(true);
        grid.addColumn(change -> labels.time(change.at())).setKey("at")
                .setHeader(getTranslation("orders.history.at")).setAutoWidth(true);
        grid.addColumn(OrderStatusChange::by).setKey("by")
                .setHeader(getTranslation("orders.history.by")).setAutoWidth(true);
        grid.addColumn(change -> labels.orDash(change.reason())).setKey("reason")
                .setHeader(getTranslation("orders.history.reason")).setFlexGrow(1);
        // an order's own history is a handful of rows, not a table to page
        grid.setItems(order.history());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
