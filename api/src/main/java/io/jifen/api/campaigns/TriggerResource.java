package io.jifen.api.campaigns;

import io.jifen.api.campaigns.MarketingViews.AwardView;
import io.jifen.api.campaigns.MarketingViews.TriggerView;
import io.jifen.api.shared.ApiFormats;
import io.jifen.api.shared.PageView;
import io.jifen.api.shared.Paging;
import io.jifen.shared.security.Roles;
import io.jifen.campaigns.AwardTrigger;
import io.jifen.campaigns.TriggerKind;
import io.jifen.campaigns.application.TriggerService;
import io.jifen.customers.StarLevel;
import io.jifen.points.Activity;
import io.jifen.shared.InvalidRequestException;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Triggers that award points once per customer per event. */
@Path("/v1/admin/triggers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MARKETING, Roles.ADMIN})
public class TriggerResource {
    private static final String ID = "^[A-Za-z0-9-]{1,40}$";

    @Inject
    TriggerService triggers;

    public record TriggerRequest(
            @NotBlank @Size(max = 64) String name,
            @NotNull TriggerKind kind,
            Activity activity,
            @Pattern(regexp = "^[A-Za-z0-9_-]{1,40}$", message = "must be 1-40 letters, digits, _ or -") String productCode,
            @Pattern(regexp = ApiFormats.AMOUNT, message = "must be a yuan amount like 50000.00") String minAmount,
            @Pattern(regexp = ApiFormats.AMOUNT, message = "must be a yuan amount like 1000000.00") String assetThreshold,
            @Min(0) @Max(7) Integer starLevel,
            @NotNull Long points,
            @Size(max = 40) String giftId,
            @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9_.-]{1,64}$", message = "must be a partner id") String partnerId) {
    }

    @POST
    @Operation(summary = "Create a trigger: ASSETS_THRESHOLD, TRANSACTION (activity, product, minimum amount), "
            + "ANNIVERSARY or STAR_UPGRADE (to at least starLevel); it awards points and/or an e-voucher gift "
            + "(giftId) ordered at no cost to the customer through the partner storefront partnerId")
    @APIResponse(responseCode = "201", description = "Created: the new trigger",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TriggerView.class)))
    public Response create(@Valid @NotNull TriggerRequest r) {
        StarLevel level;
        try {
            level = r.starLevel() == null ? null : StarLevel.ofNumber(r.starLevel());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("starLevel", "star levels are 0, 1 or 3 to 7");
        }
        var trigger = triggers.create(new AwardTrigger.Definition(r.name(), r.kind(), r.activity(), r.productCode(),
                r.minAmount() == null ? null : new BigDecimal(r.minAmount()),
                r.assetThreshold() == null ? null : new BigDecimal(r.assetThreshold()), level, r.points(),
                r.giftId() == null || r.giftId().isBlank() ? null : r.giftId(), r.partnerId()));
        return Response.status(201).entity(TriggerView.of(trigger)).build();
    }

    @GET
    @RolesAllowed({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Triggers, newest first")
    public List<TriggerView> list() {
        return triggers.list().stream().map(TriggerView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "A trigger")
    public TriggerView one(@PathParam("id") @Pattern(regexp = ID) String id) {
        return TriggerView.of(triggers.find(id));
    }

    @POST
    @Path("/{id}/approval")
    @Operation(summary = "Approve a new trigger (not its creator: 409 with reason FOUR_EYES): it awards from now on")
    public TriggerView approve(@PathParam("id") @Pattern(regexp = ID) String id) {
        return TriggerView.of(triggers.approve(id));
    }

    @POST
    @Path("/{id}/rejection")
    @Operation(summary = "Reject a new trigger with a reason (not its creator): it never awards")
    public TriggerView reject(@PathParam("id") @Pattern(regexp = ID) String id,
                              @Valid @NotNull CampaignResource.ReasonRequest request) {
        return TriggerView.of(triggers.reject(id, request.reason()));
    }

    @POST
    @Path("/{id}/deactivate")
    @Operation(summary = "Stop a trigger from firing")
    public TriggerView deactivate(@PathParam("id") @Pattern(regexp = ID) String id) {
        return TriggerView.of(triggers.deactivate(id));
    }

    @GET
    @Path("/{id}/awards")
    @RolesAllowed({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Who the trigger awarded, for which event, newest first")
    public PageView<AwardView> awards(@PathParam("id") @Pattern(regexp = ID) String id,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        var result = triggers.awards(id, paging.page(), paging.size());
        return PageView.of(result, AwardView::of);
    }

    @POST
    @Path("/anniversaries/run")
    @Operation(summary = "Award a day's account anniversaries now (the daily job does the same; safe to repeat)")
    public Map<String, Object> runAnniversaries(@QueryParam("on") @Size(max = 10) String on) {
        LocalDate day;
        try {
            day = on == null || on.isBlank() ? null : LocalDate.parse(on);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("on", "a date like 2026-11-30");
        }
        LocalDate when = day == null ? triggers.today() : day;
        return Map.of("on", when.toString(), "awarded", triggers.awardAnniversaries(when));
    }
}
