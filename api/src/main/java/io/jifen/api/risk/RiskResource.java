package io.jifen.api.risk;

import io.jifen.shared.Message;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.jifen.api.shared.PageView;
import io.jifen.api.shared.Paging;
import io.jifen.risk.Alert;
import io.jifen.risk.AlertRule;
import io.jifen.risk.AlertRuleSetting;
import io.jifen.risk.AlertStatus;
import io.jifen.risk.AlertSubject;
import io.jifen.risk.Severity;
import io.jifen.risk.application.RiskAlerts;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.security.Roles;
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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Fraud and abuse alerts for the risk role: the board, each alert's life, the rules' settings. */
@Path("/v1/admin/risk")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RISK, Roles.ADMIN})
public class RiskResource {
    private static final String ID = "^AL-[a-f0-9]{1,37}$";
    private static final String CUSTOMER = "^[A-Za-z0-9_-]{1,64}$";
    private static final String STAFF_USER = "^[a-z0-9._-]{1,64}$";

    @Inject
    RiskAlerts alerts;

    @Schema(name = "RiskAlertView")

    public record AlertView(String id, String rule, String severity, String subjectKind, String subject,
                            String customerId, String evidence, String status, boolean holdsRedemptions,
                            Instant raisedAt, Instant updatedAt, String handledBy, String note) {
        static AlertView of(Alert a) {
            return new AlertView(a.id(), a.rule().name(), a.severity().name(), a.subjectKind().name(), a.subjectId(),
                    a.customerId(), a.evidence(), a.status().name(), a.holds(), a.raisedAt(), a.updatedAt(),
                    a.handledBy(), a.note());
        }
    }

    @Schema(name = "AlertRuleView")

    public record RuleView(String rule, boolean enabled, String severity, long threshold, int windowMinutes,
                           boolean placesHold, String updatedBy, Instant updatedAt) {
        static RuleView of(AlertRuleSetting s) {
            return new RuleView(s.rule().name(), s.enabled(), s.severity().name(), s.threshold(), s.windowMinutes(),
                    s.placesHold(), s.updatedBy(), s.updatedAt());
        }
    }

    public record ClosureRequest(@NotNull @Pattern(regexp = "FRAUD|NOT_FRAUD", message = "FRAUD or NOT_FRAUD")
                                 String outcome, @NotBlank @Size(max = 500) String note) {
    }

    @Schema(name = "AlertRuleRequest")

    public record RuleRequest(@NotNull Boolean enabled, @NotNull Severity severity,
                              @NotNull @Min(2) @Max(1000) Long threshold,
                              @NotNull @Min(1) @Max(527_040) Integer windowMinutes, @NotNull Boolean placesHold) {
    }

    @GET
    @Path("/alerts")
    @RolesAllowed({Roles.RISK, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Alerts, newest first, by status, rule, customer, partner or staff user")
    public PageView<AlertView> list(@QueryParam("status") @Size(max = 24) String status,
                                    @QueryParam("rule") @Size(max = 32) String rule,
                                    @QueryParam("customerId") @Pattern(regexp = CUSTOMER) String customerId,
                                    @QueryParam("partnerId") @Pattern(regexp = CUSTOMER) String partnerId,
                                    @QueryParam("staffUser") @Pattern(regexp = STAFF_USER) String staffUser,
                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        var subjects = new java.util.EnumMap<AlertSubject, String>(AlertSubject.class);
        if (customerId != null) subjects.put(AlertSubject.CUSTOMER, customerId);
        if (partnerId != null) subjects.put(AlertSubject.PARTNER, partnerId);
        if (staffUser != null) subjects.put(AlertSubject.STAFF, staffUser);
        if (subjects.size() > 1) {
            throw new InvalidRequestException("staffUser", "one of customerId, partnerId and staffUser, not several");
        }
        var subject = subjects.entrySet().stream().findFirst();
        return PageView.of(alerts.list(parse(AlertStatus.class, "status", status), parse(AlertRule.class, "rule", rule),
                subject.map(java.util.Map.Entry::getKey).orElse(null), subject.map(java.util.Map.Entry::getValue)
                        .orElse(null), paging.page(), paging.size()), AlertView::of);
    }

    @GET
    @Path("/alerts/{id}")
    @RolesAllowed({Roles.RISK, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "One alert with its evidence")
    public AlertView one(@PathParam("id") @Pattern(regexp = ID) String id) {
        return AlertView.of(alerts.find(id));
    }

    @POST
    @Path("/alerts/{id}/investigation")
    @Operation(summary = "Take an open alert into investigation")
    public AlertView investigate(@PathParam("id") @Pattern(regexp = ID) String id) {
        return AlertView.of(alerts.investigate(id));
    }

    @POST
    @Path("/alerts/{id}/hold")
    @Operation(summary = "Hold the customer's redemptions (refused with reason UNDER_REVIEW) until the alert is closed")
    public AlertView hold(@PathParam("id") @Pattern(regexp = ID) String id) {
        return AlertView.of(alerts.hold(id));
    }

    @POST
    @Path("/alerts/{id}/closure")
    @Operation(summary = "Close as FRAUD or NOT_FRAUD with a note; the hold ends unless another open alert holds")
    public AlertView close(@PathParam("id") @Pattern(regexp = ID) String id, @Valid @NotNull ClosureRequest request) {
        return AlertView.of(alerts.close(id, request.outcome().equals("FRAUD"), request.note()));
    }

    @GET
    @Path("/rules")
    @RolesAllowed({Roles.RISK, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Each alert rule's setting")
    public List<RuleView> rules() {
        return alerts.settings().stream().map(RuleView::of).toList();
    }

    @PUT
    @Path("/rules/{rule}")
    @Operation(summary = "Switch a rule on or off and set its severity, threshold, window and hold")
    public RuleView configure(@PathParam("rule") @Size(max = 32) String rule, @Valid @NotNull RuleRequest request) {
        var which = parse(AlertRule.class, "rule", rule);
        if (which == null) {
            throw new InvalidRequestException("rule", Message.of("oneOf", String.valueOf(List.of(AlertRule.values()))));
        }
        return RuleView.of(alerts.configure(which, request.enabled(), request.severity(),
                request.threshold(), request.windowMinutes(), request.placesHold()));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, Message.of("oneOf", String.valueOf(List.of(type.getEnumConstants()))));
        }
    }
}
