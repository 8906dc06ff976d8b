package io.jifen.api.orders;

import io.jifen.api.shared.PathIds;
import io.jifen.shared.GiftId;
import io.jifen.shared.CustomerId;
import io.jifen.api.orders.OrderViews.OrderView;
import io.jifen.api.shared.Caller;
import io.jifen.api.shared.PageView;
import io.jifen.api.shared.Paging;
import io.jifen.shared.security.Roles;
import io.jifen.catalog.Channel;
import io.jifen.orders.DeliveryAddress;
import io.jifen.orders.Fulfilment;
import io.jifen.orders.OrderQuery;
import io.jifen.orders.OrderStatus;
import io.jifen.orders.PlaceOrder;
import io.jifen.orders.application.RedemptionService;
import io.jifen.shared.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Partners place, track and cancel redemption orders; each partner sees only its own. */
@Path("/v1/orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {
    private static final String ID = "^[A-Za-z0-9_-]{1,64}$";
    private static final String ID_MESSAGE = "must be 1-64 letters, digits, '-' or '_'";

    @Inject
    RedemptionService redemptions;
    @Inject
    Caller caller;
    @Inject
    OrderViewer viewer;

    @Schema(name = "OrderRequest")

    public record OrderRequest(
            @Schema(example = "CUST-000123") @NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String customerId,
            @Schema(example = "G-3f2a9c1b7d") @NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String giftId,
            @Schema(example = "1") @NotNull Integer quantity,
            @NotNull @Valid FulfilmentRequest fulfilment) {
    }

    public record FulfilmentRequest(
            @Schema(example = "BRANCH_PICKUP") @NotNull Channel channel,
            @Schema(example = "SH-PUDONG") @Size(max = 32) @Pattern(regexp = "^[A-Za-z0-9_-]+$") String branchCode,
            @Valid AddressRequest address) {
    }

    public record AddressRequest(
            @Schema(example = "李伟") @NotBlank @Size(max = 100) String recipient,
            @Schema(example = "13800000000") @NotBlank @Pattern(regexp = "^\\+?[0-9 -]{6,20}$", message = "must be a phone number") String phone,
            @Schema(example = "浦东新区世纪大道 100 号") @NotBlank @Size(max = 300) String line1,
            @Schema(example = "上海") @NotBlank @Size(max = 100) String city,
            @Schema(example = "200120") @NotBlank @Pattern(regexp = "^[0-9]{6}$", message = "must be a 6-digit postal code") String postalCode) {
    }

    public record CancelRequest(@Size(max = 500) String reason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Redeem: reserves stock and spends points in one step; safe to retry with the same Idempotency-Key")
    @APIResponse(responseCode = "201", description = "Placed: the new order, with its pickup code for a branch pickup",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "200",
            description = "A retry with the same Idempotency-Key: the order placed first, without its pickup code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrderView.class)))
    public Response place(@HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull OrderRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new InvalidRequestException("Idempotency-Key", "the header is required");
        }
        if (idempotencyKey.length() > 64 || !idempotencyKey.matches("^[\\x21-\\x7E]+$")) {
            throw new InvalidRequestException("Idempotency-Key", "must be 1-64 printable characters");
        }
        var f = request.fulfilment();
        var address = f.address() == null ? null : new DeliveryAddress(f.address().recipient(), f.address().phone(),
                f.address().line1(), f.address().city(), f.address().postalCode());
        var outcome = redemptions.placeOrder(new PlaceOrder(partner(), idempotencyKey, new CustomerId(request.customerId()),
                new GiftId(request.giftId()), request.quantity(), new Fulfilment(f.channel(), f.branchCode(), address), caller.name()));
        return Response.status(outcome.created() ? 201 : 200)
                .entity(viewer.view(outcome.order(), outcome.pickupCode())).build();
    }

    @GET
    @Path("/{orderId}")
    @RolesAllowed({Roles.PARTNER, Roles.FULFILMENT, Roles.SERVICE, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "An order with its history and codes")
    public OrderView get(@PathParam("orderId") @Size(max = 40) String orderId) {
        return viewer.view(redemptions.visibleOrder(PathIds.order(orderId), partnerScope()));
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.FULFILMENT, Roles.SERVICE, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Orders, newest first; a partner sees its own")
    public PageView<OrderView> list(@QueryParam("customerId") @Pattern(regexp = ID, message = ID_MESSAGE) String customerId,
                                    @QueryParam("status") String status,
                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        OrderStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = OrderStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("status", "is not an order status");
            }
        }
        var result = redemptions.list(new OrderQuery(partnerScope(), customerId, wanted), paging.page(), paging.size());
        return new PageView<>(viewer.page(result.items()), result.page(), result.size(), result.total());
    }

    @POST
    @Path("/{orderId}/cancel")
    @RolesAllowed({Roles.PARTNER, Roles.SERVICE, Roles.FULFILMENT, Roles.ADMIN})
    @Operation(summary = "Cancel until the gift ships; the points return at once")
    public OrderView cancel(@PathParam("orderId") @Size(max = 40) String orderId) {
        return viewer.view(redemptions.cancel(PathIds.order(orderId), partnerScope(), "cancelled by " + caller.name()));
    }

    @POST
    @Path("/{orderId}/pickup-code")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Issue the customer a new pickup code (and its QR image) for a pickup still to be collected; "
            + "the old code stops working. The only way to see a code again: the server keeps only its hash")
    @APIResponse(responseCode = "201", description = "Issued: the order with the new pickup code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrderView.class)))
    public Response reissuePickupCode(@PathParam("orderId") @Size(max = 40) String orderId) {
        var issued = redemptions.reissuePickupCode(PathIds.order(orderId), partner());
        return Response.status(201).entity(viewer.view(issued.order(), issued.pickupCode())).build();
    }

    private String partner() {
        return caller.partner().orElseThrow(() -> new InvalidRequestException("partner", "the token names no partner"));
    }

    /** Partners are scoped to their own orders; staff see all. */
    private String partnerScope() {
        return caller.isPartnerOnly() ? partner() : null;
    }
}
