package io.jifen.api.staff;

import io.jifen.shared.security.Roles;
import io.jifen.staff.StaffRole;
import io.jifen.staff.application.StaffService;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Administrators create the staff users who sign in to the admin UI. */
@Path("/v1/admin/staff-users")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffAdminResource {
    @Inject
    StaffService staff;

    public record StaffUserRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "^[a-z0-9._-]+$", message = "lower-case letters, digits, '.', '_' or '-'") String username,
            @NotBlank @Size(max = 100) String displayName,
            @NotNull @Size(min = 12, max = 128) String password,
            @NotEmpty @Size(max = 7) Set<@NotNull StaffRole> roles) {
    }

    public record StaffUserView(String username, String displayName, List<StaffRole> roles, boolean locked) {
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a staff user (password at least 12 characters; stored as a PBKDF2 hash)")
    @APIResponse(responseCode = "201", description = "Created: the new staff user (no password)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StaffUserView.class)))
    public Response create(@Valid @NotNull StaffUserRequest request) {
        var user = staff.create(request.username(), request.displayName(), request.password().toCharArray(), request.roles());
        return Response.status(201).entity(new StaffUserView(user.username(), user.displayName(),
                user.roles().stream().sorted().toList(), false)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Staff users and their roles")
    public List<StaffUserView> list() {
        var now = Instant.now();
        return staff.all().stream().map(u -> new StaffUserView(u.username(), u.displayName(),
                u.roles().stream().sorted().toList(), u.isLockedAt(now))).toList();
    }
}
