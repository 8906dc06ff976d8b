package io.jifen.api.fulfilment;

import io.jifen.api.shared.PathIds;
import io.jifen.shared.GiftId;
import io.jifen.shared.CustomerId;
import io.jifen.api.fulfilment.FulfilmentViews.BoardLineView;
import io.jifen.api.fulfilment.FulfilmentViews.PickupExpiryRunView;
import io.jifen.api.fulfilment.FulfilmentViews.StaffOrderView;
import io.jifen.api.shared.Languages;
import io.jifen.api.shared.PageView;
import io.jifen.api.shared.Paging;
import io.jifen.shared.security.Roles;
import io.jifen.api.orders.OrderViews;
import io.jifen.catalog.Channel;
import io.jifen.customers.application.PersonalDataAccess;
import io.jifen.orders.RedemptionOrder;
import io.jifen.fulfilment.application.FulfilmentService;
import io.jifen.fulfilment.application.PickupExpiry;
import io.jifen.orders.OrderQuery;
import io.jifen.orders.OrderStatus;
import io.jifen.fulfilment.application.FulfilmentBoard;
import io.jifen.shared.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The fulfilment back office: the board, overdue orders, and each step that takes an order to its
 * end. Every step answers the order as staff see it; a step its state does not allow is 409
 * INVALID_STATE.
 */
@Path("/v1/admin/orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class FulfilmentResource {
    private static final String ID = "^[A-Za-z0-9_-]{1,64}$";
    private static final String ID_MESSAGE = "must be 1-64 letters, digits, '-' or '_'";
    private static final String ORDER_ID = "^[A-Za-z0-9_-]{1,40}$";

    @Inject
    FulfilmentService fulfilment;
    @Inject
    FulfilmentBoard board;
    @Inject
    PickupExpiry pickupExpiry;
    @Inject
    PersonalDataAccess personalData;

    public record AllocateRequest(
            @NotBlank @Size(max = 32) @Pattern(regexp = "^[A-Za-z0-9_-]+$", message = "must be a stock location code")
            String location) {
    }

    public record ShipRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9_-]+$", message = "must be a registered carrier's id")
            String carrier,
            @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9-]+$", message = "must be letters, digits or '-'")
            String trackingNumber) {
    }

    public record HandOverRequest(
            @NotNull @Pattern(regexp = "^[0-9]{8}$", message = "must be the 8-digit pickup code") String pickupCode) {
    }

    public record FailRequest(@NotBlank @Size(max = 500) String reason) {
    }

    public record SubstituteOfferRequest(
            @NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String giftId,
            @Size(max = 300) String reason) {
    }

    @GET
    @Path("/board")
    @RolesAllowed({Roles.FULFILMENT, Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "The fulfilment board: open orders (or those in the status asked for), door-to-door first, "
            + "then overdue, then those waiting longest")
    public PageView<BoardLineView> board(@QueryParam("customerId") @Pattern(regexp = ID, message = ID_MESSAGE) String customerId,
                                         @QueryParam("status") String status,
                                         @QueryParam("channel") String channel,
                                         @QueryParam("branchCode") @Pattern(regexp = ID, message = ID_MESSAGE) String branchCode,
                                         @QueryParam("page") String page, @QueryParam("size") String size,
                                         @HeaderParam("Accept-Language") String language) {
        Paging paging = Paging.of(page, size);
        var query = OrderQuery.board(customerId, parse(OrderStatus.class, "status", status),
                parse(Channel.class, "channel", channel), branchCode, null);
        boolean english = Languages.prefersEnglish(language);
        var lines = board.board(query, paging.page() * paging.size(), paging.size()).stream()
                .map(entry -> BoardLineView.of(entry, english)).toList();
        return new PageView<>(lines, paging.page(), paging.size(), board.countBoard(query));
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({Roles.FULFILMENT, Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "Orders past the time limit of their state, door-to-door first, then those waiting longest")
    public PageView<BoardLineView> overdue(@QueryParam("customerId") @Pattern(regexp = ID, message = ID_MESSAGE) String customerId,
                                           @QueryParam("page") String page, @QueryParam("size") String size,
                                           @HeaderParam("Accept-Language") String language) {
        Paging paging = Paging.of(page, size);
        boolean english = Languages.prefersEnglish(language);
        CustomerId customer = customerId == null ? null : new CustomerId(customerId);
        var lines = board.overdue(customer, paging.page() * paging.size(), paging.size()).stream()
                .map(entry -> BoardLineView.of(entry, english)).toList();
        return new PageView<>(lines, paging.page(), paging.size(), board.countOverdue(customer));
    }

    @POST
    @Path("/pickup-expiry-runs")
    @RolesAllowed({Roles.FULFILMENT, Roles.ADMIN})
    @Operation(summary = "Cancel and refund pickups not collected in time, now (it also runs on a schedule on every server)")
    public PickupExpiryRunView runPickupExpiry() {
        var run = pickupExpiry.cancelUncollected();
        return new PickupExpiryRunView(run.cancelled().size(), run.cancelled());
    }

    @GET
    @Path("/{orderId}")
    @RolesAllowed({Roles.FULFILMENT, Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "An order as fulfilment staff see it")
    public StaffOrderView get(@PathParam("orderId") @Pattern(regexp = ORDER_ID) String orderId) {
        return view(board.boardEntry(PathIds.order(orderId)).order());
    }

    @POST
    @Path("/{orderId}/allocate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FULFILMENT, Roles.ADMIN})
    @Operation(summary = "Allocate a placed order to a location; a pickup's units move to its branch")
    public StaffOrderView allocate(@PathParam("orderId") @Pattern(regexp = ORDER_ID) String orderId,
                                   @Valid @NotNull AllocateRequest request) {
        return view(fulfilment.allocate(PathIds.order(orderId), request.location()));
    }

    @POST
    @Path("/{orderId}/ship")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FULFILMENT, Roles.ADMIN})
    @Operation(summary = "Ship an allocated courier order with a registered, active carrier (its id) and a tracking number")
    public StaffOrderView ship(@PathParam("orderId") @Pattern(regexp = ORDER_ID) String orderId,
                               @Valid @NotNull ShipRequest request) {
        return view(fulfilment.ship(PathIds.order(orderId), request.carrier(), request.trackingNumber()));
    }

    @POST
    @Path("/{orderId}/ready-for-pickup")
    @RolesAllowed({Roles.FULFILMENT, Roles.ADMIN})
    @Operation(summary = "The gift waits at the branch: the customer's pickup code becomes usable")
    public StaffOrderView readyForPickup(@PathParam("orderId") @Pattern(regexp = ORDER_ID) String orderId) {
        return view(fulfilment.readyForPickup(PathIds.order(orderId)));
    }

    @POST
    @Path("/{orderId}/hand-over")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FULFILMENT, Roles.ADMIN})
    @Operation(summary = "Hand the gift over against the customer's one-time code; a wrong code is 400 and counted, "
            + "five wrong codes lock it (409 INVALID_STATE, reason PICKUP_CODE_LOCKED)")
    public StaffOrderView handOver(@PathParam("orderId") @Pattern(regexp = ORDER_ID) String orderId,
                                   @Valid @NotNull HandOverRequest request) {
        return view(fulfilment.handOver(PathIds.order(orderId), request.pickupCode()));
    }

    @POST
    @Path("/{orderId}/deliver")
    @RolesAllowed({Roles.FULFILMENT, Roles.ADMIN})
    @Operation(summary = "Mark a shipped order delivered")
    public StaffOrderView deliver(@PathParam("orderId") @Pattern(regexp = ORDER_ID) String orderId) {
        return view(fulfilment.markDelivered(PathIds.order(orderId)));
    }

    @POST
    @Path("/{orderId}/fail")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FULFILMENT, Roles.ADMIN})
    @Operation(summary = "Mark the order failed with a reason: points refunded, stock returned, the order ends REFUNDED")
    public StaffOrderView fail(@PathParam("orderId") @Pattern(regexp = ORDER_ID) String orderId,
                               @Valid @NotNull FailRequest request) {
        return view(fulfilment.fail(PathIds.order(orderId), request.reason()));
    }

    @POST
    @Path("/{orderId}/substitute-offers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FULFILMENT, Roles.ADMIN})
    @Operation(summary = "Offer a substitute of equal or lower price (the points charged stay as charged); "
            + "the customer accepts or declines through the partner API")
    @APIResponse(responseCode = "201", description = "Offered: the order with its substitute offer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StaffOrderView.class)))
    public Response offerSubstitute(@PathParam("orderId") @Pattern(regexp = ORDER_ID) String orderId,
                                    @Valid @NotNull SubstituteOfferRequest request) {
        var order = fulfilment.offerSubstitute(PathIds.order(orderId), new GiftId(request.giftId()), request.reason());
        return Response.status(201).entity(view(order)).build();
    }

    /** The order with its courier address as the policy lets this staff member see it (a whole view is audited). */
    private StaffOrderView view(RedemptionOrder order) {
        var lens = personalData.reveal(order.address() == null ? List.of() : List.of(order.customerId()),
                OrderViews.ORDER_FIELDS);
        return StaffOrderView.of(order, lens);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "is not a known value");
        }
    }
}
