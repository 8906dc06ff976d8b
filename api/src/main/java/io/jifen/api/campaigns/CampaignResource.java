package io.jifen.api.campaigns;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.jifen.api.campaigns.MarketingViews.CampaignView;
import io.jifen.api.campaigns.MarketingViews.ResultsView;
import io.jifen.api.campaigns.MarketingViews.SimulationView;
import io.jifen.api.shared.PageView;
import io.jifen.api.shared.Paging;
import io.jifen.shared.security.Roles;
import io.jifen.campaigns.BonusKind;
import io.jifen.campaigns.Campaign;
import io.jifen.campaigns.CampaignTerms;
import io.jifen.campaigns.application.CampaignService;
import io.jifen.customers.StarLevel;
import io.jifen.points.Activity;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.MultiLine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Bonus-points campaigns: draft, submit, approve or reject (another person), stop; results and simulation. */
@Path("/v1/admin/campaigns")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MARKETING, Roles.ADMIN})
public class CampaignResource {
    private static final String ID = "^[A-Za-z0-9-]{1,40}$";

    @Inject
    CampaignService campaigns;

    public record CampaignRequest(
            @NotBlank @Size(max = 64) String name,
            @Size(max = 500) @MultiLine String description,
            @NotNull BonusKind kind,
            @Pattern(regexp = "^\\d{1,2}(\\.\\d{1,3})?$", message = "must be a number like 2 or 1.5") String multiplier,
            Long fixedBonus,
            @Size(max = 20) Set<@NotNull Activity> activities,
            @Size(max = 20) Set<@NotNull @Pattern(regexp = "^[A-Za-z0-9_-]{1,40}$", message = "must be 1-40 letters, digits, _ or -") String> productCodes,
            @Size(max = 7) Set<@NotNull @Min(0) @Max(7) Integer> starLevels,
            @Size(max = 20) Set<@NotNull @Pattern(regexp = "^[A-Z0-9_-]{1,40}$", message = "must be 1-40 upper-case letters, digits, _ or -") String> segments,
            @NotNull OffsetDateTime startsAt,
            @NotNull OffsetDateTime endsAt,
            Long perCustomerCap,
            @NotNull Long budget,
            Integer holdoutPercent) {
        CampaignTerms toTerms() {
            Set<StarLevel> levels;
            try {
                levels = starLevels == null ? Set.of()
                        : starLevels.stream().map(StarLevel::ofNumber).collect(Collectors.toSet());
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("starLevels", "star levels are 0, 1 or 3 to 7");
            }
            return new CampaignTerms(name, description, kind, multiplier == null ? null : new BigDecimal(multiplier),
                    fixedBonus, activities, productCodes, levels, segments, startsAt.toInstant(), endsAt.toInstant(),
                    perCustomerCap, budget, holdoutPercent == null ? CampaignTerms.DEFAULT_HOLDOUT_PERCENT : holdoutPercent);
        }
    }

    @Schema(name = "CampaignNoteRequest")

    public record NoteRequest(@Size(max = 500) String note) {
    }

    public record ReasonRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @POST
    @Operation(summary = "Draft a campaign (multiplier or fixed bonus, audience, window, caps, budget, hold-out %)")
    @APIResponse(responseCode = "201", description = "Drafted: the new campaign",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CampaignView.class)))
    public Response create(@Valid @NotNull CampaignRequest request) {
        return Response.status(201).entity(view(campaigns.create(request.toTerms()))).build();
    }

    @GET
    @RolesAllowed({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Campaigns, newest first")
    public PageView<CampaignView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        var result = campaigns.list(paging.page(), paging.size());
        return PageView.of(result, this::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "A campaign with its status now and who decided")
    public CampaignView one(@PathParam("id") @Pattern(regexp = ID) String id) {
        return view(campaigns.find(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Revise a draft's terms")
    public CampaignView revise(@PathParam("id") @Pattern(regexp = ID) String id, @Valid @NotNull CampaignRequest request) {
        return view(campaigns.revise(id, request.toTerms()));
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "Submit a draft for approval")
    public CampaignView submit(@PathParam("id") @Pattern(regexp = ID) String id) {
        return view(campaigns.submit(id));
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve (not its creator: 409 with reason FOUR_EYES)")
    public CampaignView approve(@PathParam("id") @Pattern(regexp = ID) String id, @Valid NoteRequest request) {
        return view(campaigns.approve(id, request == null ? null : request.note()));
    }

    @POST
    @Path("/{id}/reject")
    @Operation(summary = "Reject with a reason (not its creator)")
    public CampaignView reject(@PathParam("id") @Pattern(regexp = ID) String id, @Valid @NotNull ReasonRequest request) {
        return view(campaigns.reject(id, request.reason()));
    }

    @POST
    @Path("/{id}/stop")
    @Operation(summary = "Stop an approved or running campaign early, with a reason")
    public CampaignView stop(@PathParam("id") @Pattern(regexp = ID) String id, @Valid @NotNull ReasonRequest request) {
        return view(campaigns.stop(id, request.reason()));
    }

    @GET
    @Path("/{id}/results")
    @RolesAllowed({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Participants, points issued and their cost, budget left, and activity against the held-out group")
    public ResultsView results(@PathParam("id") @Pattern(regexp = ID) String id) {
        return ResultsView.of(campaigns.find(id), campaigns.results(id), campaigns.costPerPoint());
    }

    @GET
    @Path("/{id}/simulation")
    @RolesAllowed({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Had this campaign run over the last 30 days: points and customers, from recorded accruals")
    public SimulationView simulate(@PathParam("id") @Pattern(regexp = ID) String id) {
        return SimulationView.of(id, 30, campaigns.simulate(id), campaigns.costPerPoint());
    }

    private CampaignView view(Campaign campaign) {
        return CampaignView.of(campaign, campaigns.statusOf(campaign));
    }

}
