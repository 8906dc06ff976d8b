package io.jifen.ui.procurement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jifen.procurement.BudgetPeriod;
import io.jifen.procurement.PurchaseOrder;
import io.jifen.procurement.PurchaseOrderLine;
import io.jifen.procurement.PurchaseOrderStatus;
import io.jifen.procurement.application.PurchaseOrderService;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.security.Roles;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Notifications;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Purchase orders: a lazy list, a draft form, and for the chosen order its lines, the actions its
 * state allows and the receiving form with the quality check.
 */
@Route(value = "purchase-orders", layout = MainLayout.class)
@RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
public class PurchaseOrdersView extends VerticalLayout implements HasDynamicTitle {
    private final PurchaseOrderService orders = Services.get(PurchaseOrderService.class);
    private final Grid<PurchaseOrder> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private String selected;

    private record LineRow(int lineNo, PurchaseOrderLine line) {
    }

    public PurchaseOrdersView() {
        setId("purchase-orders-view");
        setSizeFull();
        configureGrid();
        detail.setId("po-detail");
        detail.setPadding(false);
        add(new H2(getTranslation("menu.purchaseOrders")), draftForm(), grid, detail);
    }

    private void configureGrid() {
        grid.setId("po-grid");
        grid.addColumn(PurchaseOrder::id).setHeader("ID").setAutoWidth(true);
        grid.addColumn(PurchaseOrder::supplierId).setHeader(getTranslation("procurement.po.supplier")).setAutoWidth(true);
        grid.addColumn(o -> o.budgetPeriod().code()).setHeader(getTranslation("procurement.po.period")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation("procurement.status." + o.status().name()))
                .setHeader(getTranslation("procurement.po.status")).setAutoWidth(true);
        grid.addColumn(o -> Format.yuan(o.total().amount())).setHeader(getTranslation("procurement.po.total"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(PurchaseOrder::createdBy).setHeader(getTranslation("procurement.po.createdBy"));
        grid.addColumn(o -> Format.time(o.createdAt())).setHeader(getTranslation("procurement.po.createdAt"));
        grid.setItems(query -> orders.ordersFrom(null, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, orders.countOrders(null)));
        grid.setHeight("260px");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue().id());
            }
        });
    }

    private HorizontalLayout draftForm() {
        var supplier = new TextField(getTranslation("procurement.po.supplier"));
        supplier.setId("po-supplier");
        var period = new TextField(getTranslation("procurement.po.period"));
        period.setId("po-period");
        period.setValue(BudgetPeriod.monthOf(LocalDate.now(ZoneId.of("Asia/Shanghai"))).code());
        var gift = new TextField(getTranslation("procurement.po.gift"));
        gift.setId("po-gift");
        var quantity = new TextField(getTranslation("procurement.po.quantity"));
        quantity.setId("po-quantity");
        var location = new TextField(getTranslation("procurement.po.location"));
        location.setId("po-location");
        location.setValue("CENTRAL");
        var save = new Button(getTranslation("procurement.po.draft"), click -> {
            PurchaseOrder[] created = new PurchaseOrder[1];
            if (Notifications.attempt(() -> created[0] = orders.draft(supplier.getValue().strip(),
                    new BudgetPeriod(period.getValue().strip()), null,
                    List.of(new PurchaseOrderService.LineRequest(gift.getValue().strip(),
                            units("quantity", quantity), location.getValue().strip()))))) {
                Notifications.success(getTranslation("procurement.po.drafted", created[0].id()));
                grid.getDataProvider().refreshAll();
                show(created[0].id());
            }
        });
        save.setId("po-draft");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(supplier, period, gift, quantity, location, save);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void show(String orderId) {
        selected = orderId;
        detail.removeAll();
        PurchaseOrder order = orders.find(orderId);
        var status = new Span(getTranslation("procurement.status." + order.status().name()));
        status.setId("po-status");
        var heading = new H3(order.id() + " · " + Format.yuan(order.total().amount()));
        heading.setId("po-heading");
        List<PurchaseOrderLine> lines = order.lines();
        var lineGrid = new Grid<LineRow>();
        lineGrid.setId("po-lines");
        lineGrid.addColumn(LineRow::lineNo).setHeader("#").setAutoWidth(true);
        lineGrid.addColumn(r -> r.line().giftId()).setHeader(getTranslation("procurement.po.gift"));
        lineGrid.addColumn(r -> r.line().locationCode()).setHeader(getTranslation("procurement.po.location"));
        lineGrid.addColumn(r -> r.line().quantity()).setHeader(getTranslation("procurement.po.quantity"));
        lineGrid.addColumn(r -> Format.yuan(r.line().unitPrice())).setHeader(getTranslation("procurement.po.unitPrice"));
        lineGrid.addColumn(r -> r.line().receivedQuantity()).setHeader(getTranslation("procurement.po.received"));
        lineGrid.addColumn(r -> r.line().acceptedQuantity()).setHeader(getTranslation("procurement.po.accepted"));
        lineGrid.addColumn(r -> r.line().rejectedQuantity()).setHeader(getTranslation("procurement.po.rejected"));
        lineGrid.setItems(IntStream.range(0, lines.size()).mapToObj(i -> new LineRow(i + 1, lines.get(i))).toList());
        lineGrid.setAllRowsVisible(true);
        detail.add(new HorizontalLayout(heading, status), lineGrid, actions(order));
        if (order.status() == PurchaseOrderStatus.APPROVED || order.status() == PurchaseOrderStatus.PARTIALLY_RECEIVED) {
            detail.add(receivingForm(order));
        }
    }

    private HorizontalLayout actions(PurchaseOrder order) {
        var reserveReason = new TextField(getTranslation("procurement.po.reserveReason"));
        reserveReason.setId("po-reserve-reason");
        var cancelReason = new TextField(getTranslation("procurement.po.cancelReason"));
        cancelReason.setId("po-cancel-reason");
        var bar = new HorizontalLayout();
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        bar.setWrap(true);
        PurchaseOrderStatus s = order.status();
        if (s == PurchaseOrderStatus.DRAFT) {
            bar.add(action("po-submit", "procurement.po.submit", id -> orders.submit(id)));
        }
        if (s == PurchaseOrderStatus.SUBMITTED) {
            bar.add(reserveReason, action("po-approve", "procurement.po.approve",
                    id -> orders.approve(id, reserveReason.isEmpty() ? null : reserveReason.getValue())));
        }
        if (s.canBecome(PurchaseOrderStatus.CLOSED)) {
            var close = new Button(getTranslation("procurement.po.close"), click -> confirmStep("po-close-confirm",
                    "procurement.po.close", getTranslation("procurement.po.closeTitle", order.id()), closeEffect(order),
                    id -> orders.close(id)));
            close.setId("po-close");
            bar.add(close);
        }
        if (s.canBecome(PurchaseOrderStatus.CANCELLED)) {
            var cancel = new Button(getTranslation("procurement.po.cancel"), click -> confirmStep("po-cancel-confirm",
                    "procurement.po.cancel", getTranslation("procurement.po.cancelTitle", order.id()),
                    cancelEffect(order), id -> orders.cancel(id, cancelReason.isEmpty()
                            ? getTranslation("procurement.po.cancelDefault") : cancelReason.getValue())));
            cancel.setId("po-cancel");
            bar.add(cancelReason, cancel);
        }
        return bar;
    }

    private Button action(String id, String labelKey, Function<String, Object> step) {
        var button = new Button(getTranslation(labelKey), click -> run(step));
        button.setId(id);
        return button;
    }

    private void run(Function<String, Object> step) {
        if (Notifications.attempt(() -> step.apply(selected))) {
            Notifications.success(getTranslation("procurement.po.done"));
            grid.getDataProvider().refreshAll();
            show(selected);
        }
    }

    /** Closing and cancelling end the order for good: the step runs only once staff confirm its stated effect. */
    private void confirmStep(String confirmId, String labelKey, String title, String effect,
                             Function<String, Object> step) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(title);
        confirm.setText(effect);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        var yes = new Button(getTranslation(labelKey), click -> {
            confirm.close();
            run(step);
        });
        yes.setId(confirmId);
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setConfirmButton(yes);
        confirm.open();
    }

    /** What closing does: nothing more is received, and the value still outstanding goes back to the budget. */
    private String closeEffect(PurchaseOrder order) {
        BigDecimal outstanding = order.outstandingValue();
        if (outstanding.signum() == 0) {
            return getTranslation("procurement.po.closeTextReceived", order.id(), order.supplierId());
        }
        int units = order.lines().stream().mapToInt(PurchaseOrderLine::outstanding).sum();
        return getTranslation("procurement.po.closeText", order.id(), order.supplierId(),
                NumberFormat.getIntegerInstance(getLocale()).format(units), Format.yuan(outstanding),
                order.budgetPeriod().code());
    }

    /** What cancelling does: only an approved order has committed budget, which it then gives back. */
    private String cancelEffect(PurchaseOrder order) {
        if (order.status() == PurchaseOrderStatus.APPROVED) {
            return getTranslation("procurement.po.cancelTextApproved", order.id(), order.supplierId(),
                    Format.yuan(order.outstandingValue()), order.budgetPeriod().code());
        }
        return getTranslation("procurement.po.cancelText", order.id(), order.supplierId(),
                Format.yuan(order.total().amount()));
    }

    private HorizontalLayout receivingForm(PurchaseOrder order) {
        var lineNo = new TextField(getTranslation("procurement.receive.line"));
        lineNo.setId("receive-line");
        lineNo.setValue("1");
        var received = new TextField(getTranslation("procurement.po.received"));
        received.setId("receive-received");
        var accepted = new TextField(getTranslation("procurement.po.accepted"));
        accepted.setId("receive-accepted");
        var reason = new TextField(getTranslation("procurement.receive.reason"));
        reason.setId("receive-reason");
        var receive = new Button(getTranslation("procurement.receive.submit"), click -> {
            if (Notifications.attempt(() -> orders.receive(selected, List.of(new PurchaseOrder.LineReceipt(
                    units("lineNo", lineNo), units("received", received), units("accepted", accepted),
                    reason.isEmpty() ? null : reason.getValue()))))) {
                Notifications.success(getTranslation("procurement.receive.done"));
                grid.getDataProvider().refreshAll();
                show(selected);
            }
        });
        receive.setId("receive-submit");
        receive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(new H3(getTranslation("procurement.receive.title")), lineNo, received, accepted,
                reason, receive);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    /** A whole number typed by staff; anything else is refused like the API refuses it. */
    private static int units(String field, TextField input) {
        try {
            return Integer.parseInt(input.getValue().strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, "a whole number");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.purchaseOrders");
    }
}
