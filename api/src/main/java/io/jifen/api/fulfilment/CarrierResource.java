package io.jifen.api.fulfilment;

import io.jifen.api.fulfilment.FulfilmentViews.CarrierEventView;
import io.jifen.api.shared.Caller;
import io.jifen.shared.security.Roles;
import io.jifen.fulfilment.CarrierStatus;
import io.jifen.fulfilment.application.CarrierUpdates;
import io.jifen.shared.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Carriers report what happened to the shipments they carry. Each update is applied once per
 * carrier event id: the first call answers 201, a repeat of the same event id 200 with
 * {@code "duplicate": true} and changes nothing.
 */
@Path("/v1/carrier/shipments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CarrierResource {
    /** How far ahead of this server's clock a carrier's clock may run. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final String TRACKING = "^[A-Za-z0-9-]{1,64}$";

    @Inject
    CarrierUpdates updates;
    @Inject
    Clock clock;
    @Inject
    Caller caller;

    public record CarrierEventRequest(
            @NotNull @Pattern(regexp = "^[A-Za-z0-9._:-]{1,64}$", message = "must be 1-64 letters, digits, '.', ':', '-' or '_'")
            String eventId,
            @NotNull CarrierStatus status,
            @NotNull OffsetDateTime at,
            @Size(max = 300) String note) {
    }

    @POST
    @Path("/{trackingNumber}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CARRIER)
    @Operation(summary = "Report a shipment's status (IN_TRANSIT, DELIVERED, FAILED); idempotent per eventId. "
            + "DELIVERED delivers the order; FAILED fails it and refunds the points and the stock")
    @APIResponse(responseCode = "201", description = "Applied: the event and the order's status after it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CarrierEventView.class)))
    @APIResponse(responseCode = "200",
            description = "This eventId came before: the first event, duplicate true, nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CarrierEventView.class)))
    public Response report(@PathParam("trackingNumber") @Pattern(regexp = TRACKING) String trackingNumber,
                           @Valid @NotNull CarrierEventRequest request) {
        if (request.at().toInstant().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw new InvalidRequestException("at", "lies in the future");
        }
        // RegistryFilter let only a registered ACTIVE carrier in; it reaches only its own shipments
        var outcome = updates.report(caller.carrier().orElseThrow(), trackingNumber, request.eventId(), request.status(), request.at().toInstant(),
                request.note());
        return Response.status(outcome.applied() ? 201 : 200).entity(CarrierEventView.of(outcome)).build();
    }
}
