package io.jifen.api.procurement;

import io.jifen.shared.Message;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.jifen.api.procurement.ProcurementViews.PurchaseOrderView;
import io.jifen.api.shared.PageView;
import io.jifen.api.shared.Paging;
import io.jifen.shared.security.Roles;
import io.jifen.procurement.BudgetPeriod;
import io.jifen.procurement.PurchaseOrder;
import io.jifen.procurement.PurchaseOrderLine;
import io.jifen.procurement.PurchaseOrderStatus;
import io.jifen.procurement.application.PurchaseOrderService;
import io.jifen.shared.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Purchase orders: draft, submit, approve (a second person; admin above the configured amount or
 * on the reserve), receive with quality check, close or cancel.
 */
@Path("/v1/admin/purchase-orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
public class PurchaseOrderResource {
    @Inject
    PurchaseOrderService orders;
    @Inject
    ProcurementExports exports;
    @Inject
    Clock clock;

    /** The line's bounds are the domain's ({@link PurchaseOrderLine}), named here so a nested line's field stays {@code lines[i].quantity}. */
    public record LineRequest(@NotBlank @Size(max = 40) String giftId,
                              @NotNull @Min(1) @Max(PurchaseOrderLine.MAX_QUANTITY) Integer quantity,
                              @NotBlank @Size(max = 32) String location) {
    }

    @Schema(name = "PurchaseOrderRequest")

    public record OrderRequest(@NotBlank @Size(max = 40) String supplierId,
                               @Size(max = 8) String budgetPeriod,
                               LocalDate expectedBy,
                               @NotEmpty @Size(max = 100) List<@Valid @NotNull LineRequest> lines) {
    }

    public record ApprovalRequest(@Size(max = 500) String reserveReason) {
    }

    public record ReceiptLineRequest(@NotNull @Min(1) @Max(1000) Integer lineNo,
                                     @NotNull @Min(1) @Max(PurchaseOrderLine.MAX_QUANTITY) Integer received,
                                     @NotNull @Min(0) @Max(PurchaseOrderLine.MAX_QUANTITY) Integer accepted,
                                     @Size(max = 500) String rejectReason) {
    }

    public record ReceiptRequest(@NotEmpty @Size(max = 100) List<@Valid @NotNull ReceiptLineRequest> lines) {
    }

    public record CancelRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @POST
    @Operation(summary = "Draft a purchase order; unit prices come from the supplier's current quotes")
    @APIResponse(responseCode = "201", description = "Drafted: the new purchase order with its lines",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PurchaseOrderView.class)))
    public Response draft(@Valid @NotNull OrderRequest request) {
        BudgetPeriod period = request.budgetPeriod() == null || request.budgetPeriod().isBlank()
                ? BudgetPeriod.monthOf(LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")))
                : new BudgetPeriod(request.budgetPeriod());
        var order = orders.draft(request.supplierId(), period, request.expectedBy(), request.lines().stream()
                .map(l -> new PurchaseOrderService.LineRequest(l.giftId(), l.quantity(), l.location())).toList());
        return Response.status(201).entity(view(order)).build();
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Purchase orders, newest first, by status and budget period")
    public PageView<PurchaseOrderView> list(@QueryParam("status") @Size(max = 24) String status,
                                            @QueryParam("period") @Size(max = 8) String period,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        var result = orders.orders(status(status), period(period), paging.page(), paging.size());
        return PageView.of(result, o -> PurchaseOrderView.of(o, null));
    }

    @GET
    @Path("/export")
    @Produces({ProcurementExports.CSV, ProcurementExports.XLSX})
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Purchase order lines as CSV (format=csv, default) or Excel (format=xlsx)")
    @APIResponse(responseCode = "200",
            description = "Purchase order lines as CSV (format=csv) or as an Excel workbook (format=xlsx)",
            content = {@Content(mediaType = ProcurementExports.CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = ProcurementExports.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@QueryParam("format") @Size(max = 8) String format,
                           @QueryParam("status") @Size(max = 24) String status,
                           @QueryParam("period") @Size(max = 8) String period) {
        return exports.purchaseOrders(format, orders.orders(status(status), period(period), 0, 10_000).items());
    }

    @GET
    @Path("/{orderId}")
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "A purchase order with its lines and receipts")
    public PurchaseOrderView one(@PathParam("orderId") @Size(max = 40) String orderId) {
        return view(orders.find(orderId));
    }

    @POST
    @Path("/{orderId}/submit")
    @Operation(summary = "Submit a draft for approval")
    public PurchaseOrderView submit(@PathParam("orderId") @Size(max = 40) String orderId) {
        return view(orders.submit(orderId));
    }

    @POST
    @Path("/{orderId}/approve")
    @Operation(summary = "Approve (not the submitter: 409 FOUR_EYES); beyond the available budget only an admin "
            + "with a reserveReason draws on the contingency reserve")
    public PurchaseOrderView approve(@PathParam("orderId") @Size(max = 40) String orderId,
                                     @Valid ApprovalRequest request) {
        return view(orders.approve(orderId, request == null ? null : request.reserveReason()));
    }

    @POST
    @Path("/{orderId}/receipts")
    @Operation(summary = "Receive units per line with the quality check; accepted units enter stock")
    @APIResponse(responseCode = "201", description = "Received: the whole purchase order with its lines and receipts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PurchaseOrderView.class)))
    public Response receive(@PathParam("orderId") @Size(max = 40) String orderId,
                            @Valid @NotNull ReceiptRequest request) {
        orders.receive(orderId, request.lines().stream().map(l -> new PurchaseOrder.LineReceipt(l.lineNo(),
                l.received(), l.accepted(), l.rejectReason())).toList());
        return Response.status(201).entity(view(orders.find(orderId))).build();
    }

    @POST
    @Path("/{orderId}/close")
    @Operation(summary = "Close a delivered or short-delivered order; what never came is released from the budget")
    public PurchaseOrderView close(@PathParam("orderId") @Size(max = 40) String orderId) {
        return view(orders.close(orderId));
    }

    @POST
    @Path("/{orderId}/cancel")
    @Operation(summary = "Cancel an order before any goods arrived, with a reason")
    public PurchaseOrderView cancel(@PathParam("orderId") @Size(max = 40) String orderId,
                                    @Valid @NotNull CancelRequest request) {
        return view(orders.cancel(orderId, request.reason()));
    }

    private PurchaseOrderView view(PurchaseOrder order) {
        return PurchaseOrderView.of(order, orders.receipts(order.id()));
    }

    private static PurchaseOrderStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return PurchaseOrderStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status", Message.of("oneOf", String.valueOf(List.of(PurchaseOrderStatus.values()))));
        }
    }

    private static String period(String period) {
        return period == null || period.isBlank() ? null : new BudgetPeriod(period.trim()).code();
    }
}
