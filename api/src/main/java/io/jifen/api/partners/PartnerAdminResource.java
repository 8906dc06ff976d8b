package io.jifen.api.partners;

import io.jifen.api.partners.PartnerViews.PartnerView;
import io.jifen.api.shared.PageView;
import io.jifen.api.shared.Paging;
import io.jifen.shared.security.Roles;
import io.jifen.partners.CustomerScope;
import io.jifen.partners.PartnerTerms;
import io.jifen.partners.RateLimits;
import io.jifen.partners.RegistrationStatus;
import io.jifen.partners.application.PartnerService;
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
import jakarta.ws.rs.PUT;
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

/**
 * Administrators register the storefronts that may call the API. A partner token is refused
 * (403) unless its {@code partner} claim names one of these, ACTIVE; suspending one takes effect
 * on every server within a few seconds.
 */
@Path("/v1/admin/partners")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerAdminResource {
    static final String ID = "^[A-Za-z0-9_-]{1,64}$";
    static final String ID_MESSAGE = "must be 1-64 letters, digits, '-' or '_'";

    @Inject
    PartnerService partners;

    public record PartnerRequest(
            @NotBlank @Size(max = 100) String name,
            @NotNull RegistrationStatus status,
            @NotNull CustomerScope customerScope,
            Integer rateLimitPerSecond,
            Integer burst) {
    }

    @PUT
    @Path("/{partnerId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register or replace a partner (201 created, 200 replaced); status SUSPENDED refuses its "
            + "tokens; customerScope LINKED limits it to customers core banking linked to it")
    @APIResponse(responseCode = "201", description = "Registered: the new partner",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "200", description = "Replaced: the partner as now registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerView.class)))
    public Response put(@PathParam("partnerId") @Pattern(regexp = ID, message = ID_MESSAGE) String partnerId,
                        @Valid @NotNull PartnerRequest request) {
        var saved = partners.registerPartner(partnerId, new PartnerTerms(request.name(), request.status(),
                request.customerScope(), RateLimits.of(request.rateLimitPerSecond(), request.burst())));
        return Response.status(saved.created() ? 201 : 200).entity(PartnerView.of(saved.partner())).build();
    }

    @GET
    @Path("/{partnerId}")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "One registered partner")
    public PartnerView get(@PathParam("partnerId") @Pattern(regexp = ID, message = ID_MESSAGE) String partnerId) {
        return PartnerView.of(partners.partner(partnerId));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Registered partners by id, paged")
    public PageView<PartnerView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return PageView.of(partners.partners(paging.page(), paging.size()), PartnerView::of);
    }
}
