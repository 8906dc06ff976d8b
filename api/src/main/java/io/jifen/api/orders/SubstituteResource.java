package io.jifen.api.orders;

import io.jifen.api.shared.PathIds;
import io.jifen.api.orders.OrderViews.OrderView;
import io.jifen.api.shared.Caller;
import io.jifen.shared.security.Roles;
import io.jifen.fulfilment.application.FulfilmentService;
import io.jifen.shared.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The customer's answer, through the storefront, to a substitute gift staff offered for an order.
 * A partner answers for its own orders only; another partner's order is "not found".
 */
@Path("/v1/orders/{orderId}/substitute")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SubstituteResource {
    @Inject
    FulfilmentService fulfilment;
    @Inject
    Caller caller;
    @Inject
    OrderViewer viewer;

    @POST
    @Path("/accept")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Accept the substitute offered: the order is for it from now on; the points charged stay as charged")
    public OrderView accept(@PathParam("orderId") @Size(max = 40) String orderId) {
        return viewer.view(fulfilment.acceptSubstitute(PathIds.order(orderId), partner()));
    }

    @POST
    @Path("/decline")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Decline the substitute offered: the order is cancelled and its points refunded at once")
    public OrderView decline(@PathParam("orderId") @Size(max = 40) String orderId) {
        return viewer.view(fulfilment.declineSubstitute(PathIds.order(orderId), partner()));
    }

    private String partner() {
        return caller.partner().orElseThrow(() -> new InvalidRequestException("partner", "the token names no partner"));
    }
}
