package io.jifen.api.points;

import io.jifen.shared.Message;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.jifen.api.points.PointsViews.AdjustmentRequestView;
import io.jifen.api.shared.PageView;
import io.jifen.api.shared.Paging;
import io.jifen.points.AdjustmentStatus;
import io.jifen.points.application.AdjustmentService;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.security.Roles;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The queue of adjustments over the limits, worked by a second person (four eyes). */
@Path("/v1/admin/adjustment-requests")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RISK, Roles.ADMIN})
public class AdjustmentRequestResource {
    private static final String ID = "^AR-[a-f0-9]{1,37}$";

    @Inject
    AdjustmentService adjustments;

    @Schema(name = "AdjustmentNoteRequest")

    public record NoteRequest(@Size(max = 500) String note) {
    }

    @Schema(name = "AdjustmentRejectionRequest")

    public record RejectionRequest(@NotBlank @Size(max = 500) String note) {
    }

    public record LimitsView(long perAdjustment, long perStaffPerDay) {
    }

    @GET
    @RolesAllowed({Roles.RISK, Roles.ADMIN, Roles.SERVICE, Roles.AUDITOR})
    @Operation(summary = "Adjustment requests, oldest first; status PENDING_APPROVAL (the queue), APPROVED or REJECTED")
    public PageView<AdjustmentRequestView> list(@QueryParam("status") @Size(max = 24) String status,
                                                @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return PageView.of(adjustments.list(status(status), paging.page(), paging.size()), AdjustmentRequestView::of);
    }

    @GET
    @Path("/limits")
    @RolesAllowed({Roles.RISK, Roles.ADMIN, Roles.SERVICE, Roles.AUDITOR})
    @Operation(summary = "What one person may adjust alone: per adjustment, and per staff member per bank day")
    public LimitsView limits() {
        var limits = adjustments.limits();
        return new LimitsView(limits.perAdjustment().value(), limits.perStaffPerDay().value());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.RISK, Roles.ADMIN, Roles.SERVICE, Roles.AUDITOR})
    @Operation(summary = "One adjustment request")
    public AdjustmentRequestView one(@PathParam("id") @Pattern(regexp = ID) String id) {
        return AdjustmentRequestView.of(adjustments.find(id));
    }

    @POST
    @Path("/{id}/approval")
    @Operation(summary = "Approve and post it (not the requester: 409 with reason FOUR_EYES; decided already: 409)")
    public AdjustmentRequestView approve(@PathParam("id") @Pattern(regexp = ID) String id, @Valid NoteRequest request) {
        return AdjustmentRequestView.of(adjustments.approve(id, request == null ? null : request.note()));
    }

    @POST
    @Path("/{id}/rejection")
    @Operation(summary = "Reject with a note; nothing is posted (not the requester: 409 with reason FOUR_EYES)")
    public AdjustmentRequestView reject(@PathParam("id") @Pattern(regexp = ID) String id,
                                        @Valid @NotNull RejectionRequest request) {
        return AdjustmentRequestView.of(adjustments.reject(id, request.note()));
    }

    private static AdjustmentStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return AdjustmentStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status", Message.of("oneOf", String.valueOf(List.of(AdjustmentStatus.values()))));
        }
    }
}
