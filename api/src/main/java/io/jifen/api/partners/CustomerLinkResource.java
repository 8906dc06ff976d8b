package io.jifen.api.partners;

import static io.jifen.api.partners.PartnerAdminResource.ID;
import static io.jifen.api.partners.PartnerAdminResource.ID_MESSAGE;

import io.jifen.api.partners.PartnerViews.LinkView;
import io.jifen.shared.security.Roles;
import io.jifen.api.shared.ValidCustomerId;
import io.jifen.partners.application.PartnerService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Core banking links a customer to a LINKED partner (a third-party mall) once the customer
 * consented; only then does that partner see the customer. ALL_CUSTOMERS partners need no link.
 */
@Path("/v1/customers/{customerId}/partners/{partnerId}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerLinkResource {
    @Inject
    PartnerService partners;

    public record LinkRequest(@NotNull OffsetDateTime consentedAt) {
    }

    @PUT
    @RolesAllowed(Roles.CORE_BANKING)
    @Operation(summary = "Link a customer to a partner with the time the customer consented (201 linked, 200 renewed)")
    @APIResponse(responseCode = "201", description = "Linked: the new link",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "200", description = "Renewed: the link with the new consent time",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LinkView.class)))
    public Response link(@PathParam("customerId") @ValidCustomerId String customerId,
                         @PathParam("partnerId") @Pattern(regexp = ID, message = ID_MESSAGE) String partnerId,
                         @Valid @NotNull LinkRequest request) {
        var saved = partners.link(customerId, partnerId, request.consentedAt().toInstant());
        return Response.status(saved.created() ? 201 : 200).entity(LinkView.of(saved.link())).build();
    }

    @DELETE
    @RolesAllowed(Roles.CORE_BANKING)
    @Operation(summary = "End the link: the partner no longer sees the customer (204, also when there was none)")
    @APIResponse(responseCode = "204", description = "Unlinked, or there was no link")
    public Response unlink(@PathParam("customerId") @ValidCustomerId String customerId,
                           @PathParam("partnerId") @Pattern(regexp = ID, message = ID_MESSAGE) String partnerId) {
        partners.unlink(customerId, partnerId);
        return Response.noContent().build();
    }
}
