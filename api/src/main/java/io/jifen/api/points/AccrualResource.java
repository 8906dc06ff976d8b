package io.jifen.api.points;

import io.jifen.shared.CustomerId;
import io.jifen.api.points.PointsViews.AccrualView;
import io.jifen.api.points.PointsViews.ReversalView;
import io.jifen.api.shared.ApiFormats;
import io.jifen.shared.security.Roles;
import io.jifen.api.shared.ValidCustomerId;
import io.jifen.points.AccrualRequest;
import io.jifen.points.Activity;
import io.jifen.points.application.AccrualService;
import io.jifen.shared.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Core banking reports transactions here; each earns once, by the rules of the day it happened. */
@Path("/v1/accruals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CORE_BANKING)
public class AccrualResource {
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final String TXN_ID = "^[A-Za-z0-9._:-]{1,64}$";

    @Inject
    AccrualService accruals;
    @Inject
    Clock clock;

    public record AccrualRequestBody(
            @NotNull @Pattern(regexp = TXN_ID, message = "must be 1-64 letters, digits or . _ : -") String sourceTxnId,
            @ValidCustomerId String customerId,
            @NotNull Activity activity,
            @Pattern(regexp = "^[A-Za-z0-9_-]{1,40}$", message = "must be 1-40 letters, digits, _ or -") String productCode,
            @NotNull @Pattern(regexp = ApiFormats.AMOUNT, message = "must be a yuan amount like 500000.00") String amount,
            @Pattern(regexp = "CNY", message = "only CNY is accepted") String currency,
            @NotNull OffsetDateTime occurredAt) {
    }

    @POST
    @Operation(summary = "Accrue points for a source transaction (idempotent per sourceTxnId)")
    public Response accrue(@Valid @NotNull AccrualRequestBody body) {
        BigDecimal amount = new BigDecimal(body.amount());
        if (amount.signum() <= 0) {
            throw new InvalidRequestException("amount", "must be more than zero");
        }
        if (body.occurredAt().toInstant().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw new InvalidRequestException("occurredAt", "is in the future");
        }
        var outcome = accruals.accrue(new AccrualRequest(body.sourceTxnId(), new CustomerId(body.customerId()), body.activity(),
                body.productCode(), amount, body.currency() == null ? "CNY" : body.currency(), body.occurredAt().toInstant()));
        return Response.status(outcome.created() ? 201 : 200).entity(AccrualView.of(outcome.accrual())).build();
    }

    @POST
    @Path("/{sourceTxnId}/reversal")
    @Operation(summary = "Take back a transaction's points (idempotent); what was already spent becomes a shortfall")
    public Response reverse(@PathParam("sourceTxnId") @Pattern(regexp = TXN_ID, message = "must be 1-64 letters, digits or . _ : -")
                            String sourceTxnId) {
        var outcome = accruals.reverse(sourceTxnId);
        return Response.status(outcome.created() ? 201 : 200).entity(ReversalView.of(outcome.accrual())).build();
    }
}
