package io.jifen.api.campaigns;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.jifen.api.campaigns.MarketingViews.RuleView;
import io.jifen.api.shared.ApiFormats;
import io.jifen.shared.security.Roles;
import io.jifen.campaigns.application.EarningRuleService;
import io.jifen.customers.CreditRating;
import io.jifen.customers.StarLevel;
import io.jifen.points.Activity;
import io.jifen.points.EarningRule;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Earning rules as marketing manages them. A change is a new version from a moment not in the
 * past; earlier versions stay, so transactions earn by the version in force when they happened.
 */
@Path("/v1/admin/earning-rules")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MARKETING, Roles.ADMIN})
public class EarningRuleResource {
    private static final String CODE = "^[A-Z0-9_]{1,64}$";

    @Inject
    EarningRuleService rules;

    @Schema(name = "EarningRuleRequest")

    public record RuleRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull Activity activity,
            @Pattern(regexp = "^[A-Za-z0-9_-]{1,40}$", message = "must be 1-40 letters, digits, _ or -") String productCode,
            @Min(0) @Max(7) Integer minStarLevel,
            CreditRating minCreditRating,
            Long fixedPoints,
            Long pointsPerStep,
            @Pattern(regexp = ApiFormats.AMOUNT, message = "must be a yuan amount like 500000.00") String stepAmount,
            EarningRule.StepRounding stepRounding,
            @Pattern(regexp = ApiFormats.AMOUNT, message = "must be a yuan amount like 100.00") String minAmount,
            @Min(1) Long dailyCap,
            @Min(1) Long monthlyCap,
            Boolean tierMultiplied,
            OffsetDateTime effectiveFrom,
            OffsetDateTime effectiveTo) {
        EarningRuleService.Terms toTerms() {
            StarLevel level;
            try {
                level = minStarLevel == null ? null : StarLevel.ofNumber(minStarLevel);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("minStarLevel", "star levels are 0, 1 or 3 to 7");
            }
            return new EarningRuleService.Terms(name, activity, new EarningRule.Audience(productCode, level, minCreditRating),
                    fixedPoints == null ? 0 : fixedPoints, pointsPerStep == null ? 0 : pointsPerStep,
                    stepAmount == null ? null : new BigDecimal(stepAmount), stepRounding,
                    minAmount == null ? BigDecimal.ZERO : new BigDecimal(minAmount),
                    new EarningRule.Caps(dailyCap, monthlyCap), Boolean.TRUE.equals(tierMultiplied),
                    effectiveFrom == null ? null : effectiveFrom.toInstant(),
                    effectiveTo == null ? null : effectiveTo.toInstant());
        }
    }

    public record NewRuleRequest(@NotNull @Pattern(regexp = CODE, message = "must be 1-64 upper-case letters, digits or _") String code,
                                 @Valid @NotNull RuleRequest terms) {
    }

    public record EndRequest(OffsetDateTime effectiveTo) {
    }

    @GET
    @RolesAllowed({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Every version of every rule, by code and version")
    public List<RuleView> list() {
        return rules.allVersions().stream().map(RuleView::of).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "A rule's versions, oldest first")
    public List<RuleView> versions(@PathParam("code") @Pattern(regexp = CODE) String code) {
        return rules.versions(code).stream().map(RuleView::of).toList();
    }

    @POST
    @Operation(summary = "Propose a new rule (from now or a later moment): it earns nothing until a second person "
            + "approves it")
    @APIResponse(responseCode = "201",
            description = "Proposed: the rule's first version, earning nothing until approved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RuleView.class)))
    public Response define(@Valid @NotNull NewRuleRequest request) {
        return Response.status(201).entity(RuleView.of(rules.define(request.code(), request.terms().toTerms()))).build();
    }

    @PUT
    @Path("/{code}")
    @Operation(summary = "Propose a change: a new version from effectiveFrom (now when absent, never in the past); "
            + "once a second person approves it, the current version ends there")
    @APIResponse(responseCode = "201", description = "Proposed: the rule's new version, waiting for approval",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RuleView.class)))
    public Response change(@PathParam("code") @Pattern(regexp = CODE) String code, @Valid @NotNull RuleRequest request) {
        return Response.status(201).entity(RuleView.of(rules.change(code, request.toTerms()))).build();
    }

    @POST
    @Path("/{code}/versions/{version}/approval")
    @Operation(summary = "Approve a proposed version (not its proposer: 409 with reason FOUR_EYES); a start that "
            + "passed while it waited becomes now")
    public RuleView approve(@PathParam("code") @Pattern(regexp = CODE) String code,
                            @PathParam("version") @Pattern(regexp = "^[1-9][0-9]{0,5}$") String version) {
        return RuleView.of(rules.approve(code, Integer.parseInt(version)));
    }

    @POST
    @Path("/{code}/versions/{version}/rejection")
    @Operation(summary = "Reject a proposed version with a reason (not its proposer): it never earns")
    public RuleView reject(@PathParam("code") @Pattern(regexp = CODE) String code,
                           @PathParam("version") @Pattern(regexp = "^[1-9][0-9]{0,5}$") String version,
                           @Valid @NotNull CampaignResource.ReasonRequest request) {
        return RuleView.of(rules.reject(code, Integer.parseInt(version), request.reason()));
    }

    @POST
    @Path("/{code}/end")
    @Operation(summary = "End a rule at effectiveTo (now when absent, never in the past)")
    public RuleView end(@PathParam("code") @Pattern(regexp = CODE) String code, @Valid EndRequest request) {
        return RuleView.of(rules.end(code, request == null || request.effectiveTo() == null ? null
                : request.effectiveTo().toInstant()));
    }
}
