package io.jifen.api.points;

import io.jifen.shared.CustomerId;
import io.jifen.shared.Points;
import io.jifen.api.points.PointsViews.AdjustmentRequestView;
import io.jifen.api.points.PointsViews.AdjustmentView;
import io.jifen.api.points.PointsViews.BalanceView;
import io.jifen.api.points.PointsViews.EntryView;
import io.jifen.api.points.PointsViews.ExpiringView;
import io.jifen.api.shared.PageView;
import io.jifen.api.shared.Paging;
import io.jifen.shared.security.Roles;
import io.jifen.api.shared.ValidCustomerId;
import io.jifen.customers.application.CustomerService;
import io.jifen.points.application.AdjustmentService;
import io.jifen.points.application.PointsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/v1/customers/{customerId}/points")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PointsResource {
    @Inject
    PointsService points;
    @Inject
    CustomerService customers;
    @Inject
    AdjustmentService adjustments;

    /** The request's shape only; how far an adjustment may go is the account's rule (PointsAccount.checkAdjustment). */
    public record AdjustmentRequest(
            @NotNull Long points,
            @NotBlank @Size(max = 500) String reason) {
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.CORE_BANKING, Roles.ADMIN, Roles.SERVICE, Roles.AUDITOR, Roles.MARKETING,
            Roles.FULFILMENT})
    @Operation(summary = "Balance, points expiring in the next 90 days, and the service star level")
    public BalanceView balance(@PathParam("customerId") @ValidCustomerId String customerId) {
        var customer = customers.find(new CustomerId(customerId));
        var balance = points.balance(new CustomerId(customerId));
        return new BalanceView(customerId, balance.balance().value(), balance.shortfall().value(),
                balance.expiringSoon().stream().map(e -> new ExpiringView(e.points().value(), e.expiresAt())).toList(),
                customer.serviceLevelOn(customers.today()).level().number());
    }

    @GET
    @Path("/entries")
    @RolesAllowed({Roles.PARTNER, Roles.CORE_BANKING, Roles.ADMIN, Roles.SERVICE, Roles.AUDITOR})
    @Operation(summary = "Ledger entries, newest first, paged")
    public PageView<EntryView> entries(@PathParam("customerId") @ValidCustomerId String customerId,
                                       @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        var result = points.entries(new CustomerId(customerId), paging.page(), paging.size());
        return PageView.of(result, EntryView::of);
    }

    @POST
    @Path("/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SERVICE})
    @Operation(summary = "A staff adjustment with a required reason (positive credits a new lot, negative spends): "
            + "201 posted; 202 when it is over the per-adjustment or the daily per-staff limit, waiting for a second "
            + "person (risk or admin) under /api/v1/admin/adjustment-requests")
    @APIResponse(responseCode = "201", description = "Posted: the ledger entry and the balance after it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AdjustmentView.class)))
    @APIResponse(responseCode = "202", description = "Over a limit: the adjustment request waiting for a second person",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AdjustmentRequestView.class)))
    public Response adjust(@PathParam("customerId") @ValidCustomerId String customerId,
                           @Valid @NotNull AdjustmentRequest request) {
        var outcome = adjustments.adjust(new CustomerId(customerId), Points.of(request.points()), request.reason());
        return switch (outcome) {
            case AdjustmentService.Posted posted -> Response.status(201).entity(new AdjustmentView(posted.entry().id(),
                    customerId, posted.entry().points().value(), posted.entry().balanceAfter().value(),
                    request.reason())).build();
            case AdjustmentService.AwaitingApproval waiting -> Response.status(202)
                    .entity(AdjustmentRequestView.of(waiting.request())).build();
        };
    }
}
