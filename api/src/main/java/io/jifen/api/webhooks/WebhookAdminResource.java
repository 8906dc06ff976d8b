package io.jifen.api.webhooks;

import io.jifen.api.shared.PageView;
import io.jifen.api.shared.Paging;
import io.jifen.shared.security.Roles;
import io.jifen.api.webhooks.WebhookViews.DeliveryView;
import io.jifen.api.webhooks.WebhookViews.EndpointView;
import io.jifen.api.webhooks.WebhookViews.RegisteredView;
import io.jifen.shared.InvalidRequestException;
import io.jifen.webhooks.DeliveryStatus;
import io.jifen.webhooks.WebhookEventType;
import io.jifen.webhooks.application.ExpiringPointsAnnouncer;
import io.jifen.webhooks.application.WebhookService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Administrators' back office for partner webhooks: endpoints (the secret is in the registration's
 * answer only), deliveries by status, and replaying parked ones.
 */
@Path("/v1/admin/webhooks")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookAdminResource {
    @Inject
    WebhookService webhooks;
    @Inject
    ExpiringPointsAnnouncer expiring;

    public record EndpointRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._-]+$",
                    message = "letters, digits, '.', '_' or '-'") String partnerId,
            @NotBlank @Size(max = 500) @Pattern(regexp = "^[Hh][Tt][Tt][Pp][Ss]?://\\S+$",
                    message = "an http or https URL") String url,
            @NotEmpty @Size(max = 3) Set<String> events,
            @Size(max = 32) String retryWindow) {
    }

    public record ExpiringRunView(int lotsAnnounced) {
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a partner's endpoint; the answer holds its signing secret, shown this once")
    @APIResponse(responseCode = "201",
            description = "Registered: the endpoint with its signing secret, shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegisteredView.class)))
    public Response register(@Valid @NotNull EndpointRequest request) {
        var registration = webhooks.register(request.partnerId(), request.url(), eventTypes(request.events()),
                retryWindow(request.retryWindow()));
        return Response.status(201)
                .entity(RegisteredView.of(registration.endpoint(), registration.secret())).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Registered endpoints, newest first (active=true for active ones only); no secrets")
    public PageView<EndpointView> endpoints(@QueryParam("active") boolean activeOnly, @QueryParam("page") String page,
                                            @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        var result = webhooks.endpoints(activeOnly, paging.page(), paging.size());
        return PageView.of(result, EndpointView::of);
    }

    @GET
    @Path("/endpoints/{endpointId: [0-9]{1,18}}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "One endpoint")
    public EndpointView endpoint(@PathParam("endpointId") long endpointId) {
        return EndpointView.of(webhooks.endpoint(endpointId));
    }

    @POST
    @Path("/endpoints/{endpointId: [0-9]{1,18}}/deactivate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Deactivate an endpoint: it receives nothing more; its pending deliveries are parked")
    public EndpointView deactivate(@PathParam("endpointId") long endpointId) {
        return EndpointView.of(webhooks.deactivate(endpointId));
    }

    // The first paths of the two above, kept for scripts written against them; left out of the
    // document, where /{endpointId}/… and /deliveries/{deliveryId} read as one ambiguous template.
    @GET
    @Path("/{endpointId: [0-9]{1,18}}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public EndpointView endpointAtFirstPath(@PathParam("endpointId") long endpointId) {
        return endpoint(endpointId);
    }

    @POST
    @Path("/{endpointId: [0-9]{1,18}}/deactivate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public EndpointView deactivateAtFirstPath(@PathParam("endpointId") long endpointId) {
        return deactivate(endpointId);
    }

    @GET
    @Path("/deliveries")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Deliveries, newest first, by status (PENDING, DELIVERED, PARKED) and endpoint")
    public PageView<DeliveryView> deliveries(@QueryParam("status") String status,
                                             @QueryParam("endpointId") String endpointId,
                                             @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        var result = webhooks.deliveries(status(status), endpointId(endpointId), paging.page(), paging.size());
        return PageView.of(result, DeliveryView::of);
    }

    @GET
    @Path("/deliveries/{deliveryId: [0-9]{1,18}}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "One delivery")
    public DeliveryView delivery(@PathParam("deliveryId") long deliveryId) {
        return DeliveryView.of(webhooks.delivery(deliveryId));
    }

    @POST
    @Path("/deliveries/{deliveryId: [0-9]{1,18}}/replay")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Send a parked delivery again now, with a fresh retry window (409 INVALID_STATE unless parked)")
    public DeliveryView replay(@PathParam("deliveryId") long deliveryId) {
        return DeliveryView.of(webhooks.replay(deliveryId));
    }

    @POST
    @Path("/expiring-runs")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Announce now the lots expiring within the horizon (it also runs daily on its own)")
    public ExpiringRunView runExpiring() {
        return new ExpiringRunView(expiring.runNow().lotsAnnounced());
    }

    private static Set<WebhookEventType> eventTypes(Set<String> names) {
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        for (String name : names) {
            types.add(WebhookEventType.ofWireName(name).orElseThrow(() -> new InvalidRequestException("events",
                    "each one of points.changed, points.expiring, order.status-changed")));
        }
        return types;
    }

    private static Duration retryWindow(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Duration window = Duration.parse(text.trim());
            if (window.isNegative() || window.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new InvalidRequestException("retryWindow", "at least one second");
            }
            return window;
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("retryWindow", "an ISO-8601 duration such as PT2H");
        }
    }

    private static DeliveryStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DeliveryStatus.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status", "PENDING, DELIVERED or PARKED");
        }
    }

    private static Long endpointId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("endpointId", "must be a whole number");
        }
    }
}
