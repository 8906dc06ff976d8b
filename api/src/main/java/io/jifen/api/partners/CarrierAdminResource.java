package io.jifen.api.partners;

import static io.jifen.api.partners.PartnerAdminResource.ID;
import static io.jifen.api.partners.PartnerAdminResource.ID_MESSAGE;

import io.jifen.api.partners.PartnerViews.CarrierView;
import io.jifen.api.shared.PageView;
import io.jifen.api.shared.Paging;
import io.jifen.shared.security.Roles;
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
 * Administrators register the carriers orders ship with. Shipping names one by id, and a carrier
 * token is refused (403) unless its {@code carrier} claim names an ACTIVE one.
 */
@Path("/v1/admin/carriers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CarrierAdminResource {
    @Inject
    PartnerService partners;

    public record CarrierRequest(@NotBlank @Size(max = 100) String name, @NotNull RegistrationStatus status) {
    }

    @PUT
    @Path("/{carrierId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register or replace a carrier (201 created, 200 replaced); SUSPENDED refuses its tokens "
            + "and new shipments with it")
    @APIResponse(responseCode = "201", description = "Registered: the new carrier",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CarrierView.class)))
    @APIResponse(responseCode = "200", description = "Replaced: the carrier as now registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CarrierView.class)))
    public Response put(@PathParam("carrierId") @Pattern(regexp = ID, message = ID_MESSAGE) String carrierId,
                        @Valid @NotNull CarrierRequest request) {
        var saved = partners.registerCarrier(carrierId, request.name(), request.status());
        return Response.status(saved.created() ? 201 : 200).entity(CarrierView.of(saved.carrier())).build();
    }

    @GET
    @Path("/{carrierId}")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "One registered carrier")
    public CarrierView get(@PathParam("carrierId") @Pattern(regexp = ID, message = ID_MESSAGE) String carrierId) {
        return CarrierView.of(partners.carrier(carrierId));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Registered carriers by id, paged")
    public PageView<CarrierView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return PageView.of(partners.carriers(paging.page(), paging.size()), CarrierView::of);
    }
}
