package io.jifen.api.reporting;

import io.jifen.api.shared.ApiFormats;
import io.jifen.api.shared.TableExport;
import io.jifen.reporting.RollForward;
import io.jifen.reporting.application.LiabilityService;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The points liability as finance reports it: roll-forward, outstanding by expiry year and star level, breakage. */
@Path("/v1/admin/reports/liability")
@ApplicationScoped
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class LiabilityResource {
    @Inject
    LiabilityService liability;

    public record RollForwardView(String month, long opening, long issued, long redeemed, long expired, long adjusted,
                                  long reversed, long closing, Long accountsNow, boolean reconciles) {
        static RollForwardView of(RollForward r) {
            return new RollForwardView(r.month().toString(), r.opening(), r.issued(), r.redeemed(), r.expired(),
                    r.adjusted(), r.reversed(), r.closing(), r.accountsNow(), r.reconciles());
        }
    }

    public record LiabilityView(Instant asOf, RollForwardView rollForward, Map<Integer, Long> outstandingByExpiryYear,
                                Map<Integer, Long> outstandingByStarLevel, long outstandingPoints, String costPerPoint,
                                String grossLiability, String breakageRate, long closedCohortsIssued,
                                long closedCohortsExpired, String netLiability, List<RollForwardView> lastMonths) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The month's roll-forward (opening + issued − redeemed − expired ± adjusted ± reversed = "
            + "closing; month=yyyy-MM, the current month by default), outstanding points by expiry year and star "
            + "level, and the liability gross and net of breakage (IFRS 15)")
    public LiabilityView report(@QueryParam("month") @Size(max = 7) String month) {
        var r = liability.report(month(month));
        return new LiabilityView(r.asOf(), RollForwardView.of(r.rollForward()), r.outstandingByExpiryYear(),
                r.outstandingByStarLevel(), r.outstandingPoints(), r.costPerPoint().toPlainString(),
                ApiFormats.money(r.grossLiability()), r.breakage().rate().toPlainString(), r.breakage().closedIssued(),
                r.breakage().closedExpired(), ApiFormats.money(r.netLiability()),
                r.lastMonths().stream().map(RollForwardView::of).toList());
    }

    @GET
    @Path("/roll-forward")
    @Produces({TableExport.CSV, TableExport.XLSX})
    @Operation(summary = "The twelve months to month=yyyy-MM as CSV (format=csv, default) or Excel (format=xlsx)")
    @APIResponse(responseCode = "200",
            description = "The months' roll-forward as CSV (format=csv) or as an Excel workbook (format=xlsx)",
            content = {@Content(mediaType = TableExport.CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = TableExport.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@QueryParam("month") @Size(max = 7) String month,
                           @QueryParam("format") @Size(max = 8) String format) {
        List<List<Object>> rows = new ArrayList<>();
        for (RollForward r : liability.report(month(month)).lastMonths()) {
            rows.add(List.of(r.month().toString(), r.opening(), r.issued(), r.redeemed(), r.expired(), r.adjusted(),
                    r.reversed(), r.closing(), r.reconciles() ? "yes" : "NO"));
        }
        return TableExport.answer(format, "points-roll-forward", List.of("month", "opening", "issued", "redeemed",
                "expired", "adjusted", "reversed", "closing", "reconciles"), rows);
    }

    private static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("month", "a month like 2026-11");
        }
    }
}
