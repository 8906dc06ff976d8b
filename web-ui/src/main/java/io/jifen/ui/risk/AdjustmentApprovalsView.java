package io.jifen.ui.risk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jifen.points.AdjustmentRequest;
import io.jifen.points.AdjustmentSort;
import io.jifen.points.AdjustmentStatus;
import io.jifen.points.application.AdjustmentService;
import io.jifen.points.application.PointsService;
import io.jifen.shared.security.Roles;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.GridExport;
import io.jifen.ui.shared.GridSorting;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Notifications;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Adjustments over one person's limits, oldest first (or as staff sort them): a second person approves (the points move
 * then) or rejects with a note, each after a dialog that states the effect on the balance.
 */
@Route(value = "adjustment-approvals", layout = MainLayout.class)
@RolesAllowed({Roles.RISK, Roles.ADMIN})
public class AdjustmentApprovalsView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final AdjustmentService adjustments = Services.get(AdjustmentService.class);
    private final PointsService points = Services.get(PointsService.class);
    private final ExportableGrid<AdjustmentRequest> grid = new ExportableGrid<>();
    private final Select<AdjustmentStatus> status = new Select<>();

    public AdjustmentApprovalsView() {
        setSizeFull();
        setId("adjustment-approvals");
        status.setId("adjustment-status");
        status.setLabel(getTranslation("risk.adjustments.status"));
        status.setItems(AdjustmentStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("risk.adjustments.status." + s.name()));
        status.setValue(AdjustmentStatus.PENDING_APPROVAL);
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.setId("adjustment-grid");
        grid.addColumn(r -> TIME.format(r.requestedAt())).setHeader(getTranslation("risk.adjustments.requestedAt"))
                .setAutoWidth(true).setSortProperty(AdjustmentSort.REQUESTED.name());
        grid.addColumn(r -> r.customerId().value()).setHeader(getTranslation("risk.adjustments.customer"))
                .setAutoWidth(true).setSortProperty(AdjustmentSort.CUSTOMER.name());
        grid.addColumn(r -> signed(r.points().value())).setHeader(getTranslation("risk.adjustments.points"))
                .setAutoWidth(true).setSortProperty(AdjustmentSort.POINTS.name());
        grid.addColumn(AdjustmentRequest::reason).setHeader(getTranslation("risk.adjustments.reason")).setFlexGrow(1);
        grid.addColumn(AdjustmentRequest::requestedBy).setHeader(getTranslation("risk.adjustments.requestedBy"))
                .setAutoWidth(true).setSortProperty(AdjustmentSort.REQUESTED_BY.name());
        grid.addColumn(r -> r.decidedBy() == null ? "" : r.decidedBy() + (r.decisionNote() == null ? "" : ": " + r.decisionNote()))
                .setHeader(getTranslation("risk.adjustments.decision")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setItems(query -> adjustments.list(status.getValue(), GridSorting.of(query.getSortOrders(),
                        AdjustmentSort.class), query.getPage(), query.getPageSize()).items().stream(),
                query -> (int) adjustments.list(status.getValue(), 0, 1).total());
        var filters = new HorizontalLayout(status, GridExport.buttons(grid, "adjustment-requests"));
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("menu.adjustmentApprovals")), new Span(limitsText()), filters, grid);
        expand(grid);
    }

    private String limitsText() {
        var limits = adjustments.limits();
        return getTranslation("risk.adjustments.limits", number(limits.perAdjustment().value()),
                number(limits.perStaffPerDay().value()));
    }

    private HorizontalLayout actions(AdjustmentRequest request) {
        var row = new HorizontalLayout();
        if (request.status() != AdjustmentStatus.PENDING_APPROVAL) {
            return row;
        }
        var approve = new Button(getTranslation("risk.adjustments.approve"), click -> confirmApproval(request));
        approve.setId("approve-" + request.id());
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        var reject = new Button(getTranslation("risk.adjustments.reject"), click -> confirmRejection(request));
        reject.setId("reject-" + request.id());
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        row.add(approve, reject);
        return row;
    }

    private void confirmApproval(AdjustmentRequest request) {
        long before = points.balance(request.customerId()).balance().value();
        var confirm = dialog(getTranslation("risk.adjustments.approveTitle", signed(request.points().value()),
                request.customerId().value()));
        var effect = new Span(getTranslation("risk.adjustments.approveText", number(before),
                number(before + request.points().value()), request.requestedBy(), request.reason()));
        effect.setId("adjustment-confirm-effect");
        confirm.setText(effect);
        var yes = new Button(getTranslation("risk.adjustments.approve"), click -> {
            confirm.close();
            if (Notifications.attempt(() -> adjustments.approve(request.id(), null))) {
                Notifications.success(getTranslation("risk.adjustments.approved", request.id()));
                grid.getDataProvider().refreshAll();
            }
        });
        yes.setId("adjustment-confirm-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setConfirmButton(yes);
        confirm.open();
    }

    private void confirmRejection(AdjustmentRequest request) {
        var confirm = dialog(getTranslation("risk.adjustments.rejectTitle", signed(request.points().value()),
                request.customerId().value()));
        var note = new TextArea(getTranslation("risk.adjustments.note"));
        note.setId("adjustment-reject-note");
        note.setMaxLength(500);
        note.setWidthFull();
        var text = new VerticalLayout(new Span(getTranslation("risk.adjustments.rejectText")), note);
        text.setPadding(false);
        confirm.add(text);
        var yes = new Button(getTranslation("risk.adjustments.reject"), click -> {
            if (note.getValue().isBlank()) {
                note.setInvalid(true);
                note.setErrorMessage(getTranslation("risk.adjustments.noteRequired"));
                return;
            }
            confirm.close();
            if (Notifications.attempt(() -> adjustments.reject(request.id(), note.getValue().strip()))) {
                Notifications.success(getTranslation("risk.adjustments.rejected", request.id()));
                grid.getDataProvider().refreshAll();
            }
        });
        yes.setId("adjustment-confirm-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setConfirmButton(yes);
        confirm.open();
    }

    private ConfirmDialog dialog(String header) {
        var confirm = new ConfirmDialog();
        confirm.setId("adjustment-confirm");
        confirm.setHeader(header);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        return confirm;
    }

    private String number(long value) {
        return NumberFormat.getIntegerInstance(getLocale()).format(value);
    }

    private String signed(long value) {
        return (value > 0 ? "+" : "") + number(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.adjustmentApprovals");
    }
}
