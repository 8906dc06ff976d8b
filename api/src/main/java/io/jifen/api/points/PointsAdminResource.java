package io.jifen.api.points;

import io.jifen.shared.CustomerId;
import io.jifen.shared.security.Roles;
import io.jifen.api.shared.ValidCustomerId;
import io.jifen.points.application.ExpiryService;
import io.jifen.points.application.PointsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Back-office views and runs on the ledger. */
@Path("/v1/admin/points")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PointsAdminResource {
    @Inject
    PointsService points;
    @Inject
    ExpiryService expiry;

    public record ConsistencyView(String customerId, long balance, long sumOfEntries, long sumOfRemainingLots,
                                  boolean consistent) {
    }

    @GET
    @Path("/accounts/{customerId}/consistency")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Check the ledger invariant for one customer: balance = sum of entries = sum of lots")
    public ConsistencyView consistency(@PathParam("customerId") @ValidCustomerId String customerId) {
        var c = points.consistency(new CustomerId(customerId));
        return new ConsistencyView(c.customerId().value(), c.balance().value(), c.sumOfEntries().value(),
                c.sumOfRemainingLots().value(), c.consistent());
    }

    @POST
    @Path("/expiry-runs")
    @RolesAllowed({Roles.ADMIN})
    @Operation(summary = "Run the expiry sweep now (it also runs on a schedule on every server)")
    public ExpiryService.Run runExpiry() {
        return expiry.expireDue();
    }
}
