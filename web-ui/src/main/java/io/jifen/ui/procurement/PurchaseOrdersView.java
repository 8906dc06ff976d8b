package io.jifen.ui.procurement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jifen.catalog.Gift;
import io.jifen.catalog.StockLocation;
import io.jifen.procurement.Budget;
import io.jifen.procurement.BudgetPeriod;
import io.jifen.procurement.PurchaseOrder;
import io.jifen.procurement.PurchaseOrderFilter;
import io.jifen.procurement.PurchaseOrderSort;
import io.jifen.procurement.PurchaseOrderLine;
import io.jifen.procurement.PurchaseOrderStatus;
import io.jifen.procurement.Supplier;
import io.jifen.procurement.application.BudgetService;
import io.jifen.procurement.application.PurchaseOrderService;
import io.jifen.procurement.application.SupplierService;
import io.jifen.shared.InvalidRequestException;
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
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Purchase orders: a filtered, sortable lazy list with the chosen order's detail beside it (its
 * lines, the actions its state allows, the receiving form with the quality check), and a dialog
 * that builds a new order by picking supplier, gifts and locations by name, never by id.
 */
@Route(value = "purchase-orders", layout = MainLayout.class)
@RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
public class PurchaseOrdersView extends VerticalLayout implements HasDynamicTitle {
    private static final ZoneId BANK_ZONE = ZoneId.of("Asia/Shanghai");

    private final PurchaseOrderService orders = Services.get(PurchaseOrderService.class);
    private final SupplierService suppliers = Services.get(SupplierService.class);
    private final ExportableGrid<OrderRow> grid = new ExportableGrid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final ComboBox<PurchaseOrderStatus> statusFilter = new ComboBox<>();
    private final ComboBox<Supplier> supplierFilter;
    private final ComboBox<String> periodFilter = new ComboBox<>();
    private String selected;
    /** The shown order's supplier by name, read once when the order is shown. */
    private String selectedSupplier;

    /** An order as the list shows it: with its supplier's name, read for the whole page at once. */
    record OrderRow(PurchaseOrder order, String supplierName) {
    }

    private record LineRow(int lineNo, PurchaseOrderLine line, String giftName) {
    }

    /** A line of the order being built in the dialog. */
    private record DraftLine(Gift gift, int quantity, StockLocation location) {
    }

    public PurchaseOrdersView() {
        setId("purchase-orders-view");
        setSizeFull();
        supplierFilter = Pickers.supplier(getTranslation("procurement.po.supplier"));
        configureFilters();
        configureGrid();
        detail.setId("po-detail");
        detail.setPadding(false);
        detail.add(new Span(getTranslation("procurement.po.choose")));
        var newOrder = new Button(getTranslation("procurement.po.new"), click -> openDraftDialog());
        newOrder.setId("po-new");
        newOrder.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var filters = new HorizontalLayout(statusFilter, supplierFilter, periodFilter, newOrder,
                GridExport.buttons(grid, "purchase-orders"));
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        filters.setWrap(true);
        var list = new VerticalLayout(filters, grid);
        list.setPadding(false);
        list.setSizeFull();
        var split = new SplitLayout(list, detail);
        split.setSplitterPosition(58);
        split.setSizeFull();
        add(new H2(getTranslation("menu.purchaseOrders")), split);
        expand(split);
    }

    private void configureFilters() {
        statusFilter.setLabel(getTranslation("procurement.po.status"));
        statusFilter.setId("po-filter-status");
        statusFilter.setItems(PurchaseOrderStatus.values());
        statusFilter.setItemLabelGenerator(s -> getTranslation("procurement.status." + s.name()));
        statusFilter.setClearButtonVisible(true);
        supplierFilter.setId("po-filter-supplier");
        supplierFilter.setClearButtonVisible(true);
        periodFilter.setLabel(getTranslation("procurement.po.period"));
        periodFilter.setId("po-filter-period");
        periodFilter.setItems(Services.get(BudgetService.class).budgets().stream().map(b -> b.period().code()).toList());
        periodFilter.setClearButtonVisible(true);
        statusFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        supplierFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        periodFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }

    private void configureGrid() {
        grid.setId("po-grid");
        grid.addColumn(r -> r.order().id()).setHeader(getTranslation("procurement.po.order")).setAutoWidth(true)
                .setSortProperty("ID").setKey("id");
        grid.addColumn(OrderRow::supplierName).setHeader(getTranslation("procurement.po.supplier")).setAutoWidth(true)
                .setSortProperty("SUPPLIER").setKey("supplier");
        grid.addColumn(r -> r.order().budgetPeriod().code()).setHeader(getTranslation("procurement.po.period"))
                .setAutoWidth(true).setSortProperty("PERIOD").setKey("period");
        grid.addColumn(r -> getTranslation("procurement.status." + r.order().status().name()))
                .setHeader(getTranslation("procurement.po.status")).setAutoWidth(true).setSortProperty("STATUS")
                .setKey("status");
        grid.addColumn(r -> Format.yuan(r.order().total().amount())).setHeader(getTranslation("procurement.po.total"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("total");
        grid.addColumn(r -> r.order().createdBy()).setHeader(getTranslation("procurement.po.createdBy")).setKey("by");
        grid.addColumn(r -> Format.time(r.order().createdAt())).setHeader(getTranslation("procurement.po.createdAt"))
                .setSortProperty("CREATED").setKey("at");
        grid.setItems(query -> rows(filter(query.getSortOrders()), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, orders.countOrders(filter(List.of()))));
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue().order().id());
            }
        });
    }

    private PurchaseOrderFilter filter(List<QuerySortOrder> sortOrders) {
        return new PurchaseOrderFilter(statusFilter.getValue(), periodFilter.getValue(),
                supplierFilter.getValue() == null ? null : supplierFilter.getValue().id(),
                GridSorting.of(sortOrders, PurchaseOrderSort.class));
    }

    private List<OrderRow> rows(PurchaseOrderFilter filter, int offset, int limit) {
        List<PurchaseOrder> page = orders.ordersFrom(filter, offset, limit);
        Map<String, String> names = suppliers.namesOf(page.stream().map(PurchaseOrder::supplierId).toList());
        return page.stream().map(o -> new OrderRow(o, names.getOrDefault(o.supplierId(), o.supplierId()))).toList();
    }

    private void openDraftDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("procurement.po.new"));
        dialog.setId("po-dialog");
        dialog.setWidth("min(960px, 95vw)");
        var supplier = Pickers.supplier(getTranslation("procurement.po.supplier"));
        supplier.setId("po-supplier");
        var period = new ComboBox<String>(getTranslation("procurement.po.period"));
        period.setId("po-period");
        var periods = Services.get(BudgetService.class).budgets().stream().map(Budget::period).map(BudgetPeriod::code)
                .toList();
        period.setItems(periods);
        String thisMonth = BudgetPeriod.monthOf(LocalDate.now(BANK_ZONE)).code();
        period.setValue(periods.contains(thisMonth) ? thisMonth : periods.isEmpty() ? null : periods.getFirst());
        var expectedBy = new DatePicker(getTranslation("procurement.po.expectedBy"));
        expectedBy.setId("po-expected-by");
        expectedBy.setLocale(getLocale());
        expectedBy.setMin(LocalDate.now(BANK_ZONE));

        var gift = Pickers.gift(getTranslation("procurement.po.gift"));
        gift.setId("po-gift");
        var quantity = new IntegerField(getTranslation("procurement.po.quantity"));
        quantity.setId("po-quantity");
        quantity.setMin(1);
        quantity.setMax(PurchaseOrderLine.MAX_QUANTITY);
        var location = Pickers.location(getTranslation("procurement.po.location"));
        location.setId("po-location");
        List<DraftLine> lines = new ArrayList<>();
        var lineGrid = new Grid<DraftLine>();
        lineGrid.setId("po-draft-lines");
        lineGrid.addColumn(l -> Pickers.giftLabel(l.gift())).setHeader(getTranslation("procurement.po.gift"))
                .setFlexGrow(1);
        lineGrid.addColumn(DraftLine::quantity).setHeader(getTranslation("procurement.po.quantity"))
                .setTextAlign(ColumnTextAlign.END);
        lineGrid.addColumn(l -> Pickers.locationLabel(l.location())).setHeader(getTranslation("procurement.po.location"));
        lineGrid.addComponentColumn(l -> new Button(getTranslation("procurement.po.removeLine"), click -> {
            lines.remove(l);
            lineGrid.setItems(lines);
        }));
        lineGrid.setAllRowsVisible(true);
        var addLine = new Button(getTranslation("procurement.po.addLine"), click -> {
            boolean ok = true;
            if (gift.getValue() == null) {
                gift.setInvalid(true);
                gift.setErrorMessage(getTranslation("procurement.required"));
                ok = false;
            }
            if (quantity.getValue() == null || quantity.getValue() < 1 || quantity.isInvalid()) {
                quantity.setInvalid(true);
                quantity.setErrorMessage(getTranslation("procurement.po.quantityRule", PurchaseOrderLine.MAX_QUANTITY));
                ok = false;
            }
            if (ok && location.getValue() != null) {
                lines.add(new DraftLine(gift.getValue(), quantity.getValue(), location.getValue()));
                lineGrid.setItems(lines);
                gift.clear();
                quantity.clear();
            }
        });
        addLine.setId("po-add-line");
        var lineForm = new HorizontalLayout(gift, quantity, location, addLine);
        lineForm.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        lineForm.setWrap(true);

        var save = new Button(getTranslation("procurement.po.draft"), click -> {
            if (supplier.getValue() == null) {
                supplier.setInvalid(true);
                supplier.setErrorMessage(getTranslation("procurement.required"));
                return;
            }
            if (lines.isEmpty()) {
                Notifications.warn(getTranslation("procurement.po.noLines"));
                return;
            }
            PurchaseOrder[] created = new PurchaseOrder[1];
            if (Notifications.attempt(() -> created[0] = orders.draft(supplier.getValue().id(),
                    new BudgetPeriod(period.getValue() == null ? "" : period.getValue()), expectedBy.getValue(),
                    lines.stream().map(l -> new PurchaseOrderService.LineRequest(l.gift().id().value(), l.quantity(),
                            l.location().code())).toList()))) {
                dialog.close();
                Notifications.success(getTranslation("procurement.po.drafted", created[0].id()));
                grid.getDataProvider().refreshAll();
                show(created[0].id());
            }
        });
        save.setId("po-draft");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("common.cancel"), click -> dialog.close());
        var head = new HorizontalLayout(supplier, period, expectedBy);
        head.setWrap(true);
        dialog.add(new VerticalLayout(head, new H3(getTranslation("procurement.po.lines")), lineForm, lineGrid));
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void show(String orderId) {
        selected = orderId;
        detail.removeAll();
        PurchaseOrder order = orders.find(orderId);
        selectedSupplier = suppliers.namesOf(List.of(order.supplierId())).getOrDefault(order.supplierId(),
                order.supplierId());
        var status = new Span(getTranslation("procurement.status." + order.status().name()));
        status.setId("po-status");
        status.getElement().getThemeList().add("badge");
        var heading = new H3(order.id() + " · " + Format.yuan(order.total().amount()));
        heading.setId("po-heading");
        var supplierLine = new Span(getTranslation("procurement.po.supplierIs", selectedSupplier,
                order.budgetPeriod().code()));
        supplierLine.setId("po-supplier-name");
        List<PurchaseOrderLine> lines = order.lines();
        var lineGrid = new Grid<LineRow>();
        lineGrid.setId("po-lines");
        lineGrid.addColumn(LineRow::lineNo).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        lineGrid.addColumn(LineRow::giftName).setHeader(getTranslation("procurement.po.gift")).setFlexGrow(1);
        lineGrid.addColumn(r -> r.line().quantity()).setHeader(getTranslation("procurement.po.quantity"))
                .setTextAlign(ColumnTextAlign.END);
        lineGrid.addColumn(r -> Format.yuan(r.line().unitPrice())).setHeader(getTranslation("procurement.po.unitPrice"))
                .setTextAlign(ColumnTextAlign.END);
        lineGrid.addColumn(r -> r.line().receivedQuantity()).setHeader(getTranslation("procurement.po.received"))
                .setTextAlign(ColumnTextAlign.END);
        lineGrid.addColumn(r -> r.line().acceptedQuantity()).setHeader(getTranslation("procurement.po.accepted"))
                .setTextAlign(ColumnTextAlign.END);
        lineGrid.setItems(IntStream.range(0, lines.size()).mapToObj(i -> new LineRow(i + 1, lines.get(i),
                Pickers.giftLabel(lines.get(i).giftId()))).toList());
        lineGrid.setAllRowsVisible(true);
        detail.add(new HorizontalLayout(heading, status), supplierLine, actions(order), lineGrid);
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
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
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
            return getTranslation("procurement.po.closeTextReceived", order.id(), selectedSupplier);
        }
        int units = order.lines().stream().mapToInt(PurchaseOrderLine::outstanding).sum();
        return getTranslation("procurement.po.closeText", order.id(), selectedSupplier,
                NumberFormat.getIntegerInstance(getLocale()).format(units), Format.yuan(outstanding),
                order.budgetPeriod().code());
    }

    /** What cancelling does: only an approved order has committed budget, which it then gives back. */
    private String cancelEffect(PurchaseOrder order) {
        if (order.status() == PurchaseOrderStatus.APPROVED) {
            return getTranslation("procurement.po.cancelTextApproved", order.id(), selectedSupplier,
                    Format.yuan(order.outstandingValue()), order.budgetPeriod().code());
        }
        return getTranslation("procurement.po.cancelText", order.id(), selectedSupplier,
                Format.yuan(order.total().amount()));
    }

    /** Receiving one line: staff choose it by gift, and count what arrived and what passed the check. */
    private VerticalLayout receivingForm(PurchaseOrder order) {
        List<PurchaseOrderLine> lines = order.lines();
        var line = new ComboBox<Integer>(getTranslation("procurement.receive.line"));
        line.setId("receive-line");
        line.setItems(IntStream.rangeClosed(1, lines.size()).filter(n -> lines.get(n - 1).outstanding() > 0)
                .boxed().toList());
        line.setItemLabelGenerator(n -> n + " · " + Pickers.giftLabel(lines.get(n - 1).giftId()) + " · "
                + getTranslation("procurement.receive.outstanding", lines.get(n - 1).outstanding()));
        line.setWidth("24em");
        line.getListDataView().getItems().findFirst().ifPresent(line::setValue);
        var received = new IntegerField(getTranslation("procurement.po.received"));
        received.setId("receive-received");
        received.setMin(0);
        var accepted = new IntegerField(getTranslation("procurement.po.accepted"));
        accepted.setId("receive-accepted");
        accepted.setMin(0);
        var reason = new TextField(getTranslation("procurement.receive.reason"));
        reason.setId("receive-reason");
        var receive = new Button(getTranslation("procurement.receive.submit"), click -> {
            if (line.getValue() == null) {
                line.setInvalid(true);
                line.setErrorMessage(getTranslation("procurement.required"));
                return;
            }
            if (Notifications.attempt(() -> orders.receive(selected, List.of(new PurchaseOrder.LineReceipt(
                    line.getValue(), units("received", received), units("accepted", accepted),
                    reason.isEmpty() ? null : reason.getValue()))))) {
                Notifications.success(getTranslation("procurement.receive.done"));
                grid.getDataProvider().refreshAll();
                show(selected);
            }
        });
        receive.setId("receive-submit");
        receive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var fields = new HorizontalLayout(line, received, accepted, reason, receive);
        fields.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        fields.setWrap(true);
        var form = new VerticalLayout(new H3(getTranslation("procurement.receive.title")), fields);
        form.setPadding(false);
        return form;
    }

    /** A count typed by staff; an empty or unreadable one is refused like the API refuses it. */
    private static int units(String field, IntegerField input) {
        if (input.getValue() == null || input.isInvalid()) {
            throw new InvalidRequestException(field, "a whole number");
        }
        return input.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.purchaseOrders");
    }
}
