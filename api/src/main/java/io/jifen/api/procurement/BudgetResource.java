package io.jifen.api.procurement;

import io.jifen.api.procurement.ProcurementViews.BudgetView;
import io.jifen.api.shared.ApiFormats;
import io.jifen.shared.security.Roles;
import io.jifen.procurement.BudgetPeriod;
import io.jifen.procurement.application.BudgetService;
import io.jifen.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The procurement budget per month (2026-11) or quarter (2026-Q4): allocated, committed, spent, reserve, alerts. */
@Path("/v1/admin/budgets")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BudgetResource {
    @Inject
    BudgetService budgets;
    @Inject
    ProcurementExports exports;

    public record BudgetRequest(@NotNull @Pattern(regexp = ApiFormats.AMOUNT) String allocated,
                                @Pattern(regexp = "^CNY$", message = "budgets are in CNY") String currency,
                                BigDecimal reservePercent) {
    }

    @PUT
    @Path("/{period}")
    @RolesAllowed({Roles.ADMIN})
    @Operation(summary = "Set a period's budget: allocation and contingency reserve (15-20 %, default configured)")
    @APIResponse(responseCode = "201", description = "Set: the period's new budget with its alerts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "200", description = "Replaced: the period's budget as now set, with its alerts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BudgetView.class)))
    public Response set(@PathParam("period") @Size(max = 8) String period, @Valid @NotNull BudgetRequest request) {
        var result = budgets.set(new BudgetPeriod(period), Money.yuan(request.allocated()), request.reservePercent());
        var found = budgets.find(result.budget().period());
        return Response.status(result.created() ? 201 : 200)
                .entity(BudgetView.of(found.budget(), budgets.alertThresholds(), found.alerts())).build();
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Every budget, newest period first")
    public List<BudgetView> list() {
        return budgets.budgets().stream().map(b -> BudgetView.of(b, budgets.alertThresholds(), null)).toList();
    }

    @GET
    @Path("/{period}")
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "A period's budget with its alerts")
    public BudgetView one(@PathParam("period") @Size(max = 8) String period) {
        var found = budgets.find(new BudgetPeriod(period));
        return BudgetView.of(found.budget(), budgets.alertThresholds(), found.alerts());
    }

    @GET
    @Path("/export")
    @Produces({ProcurementExports.CSV, ProcurementExports.XLSX})
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Budget lines as CSV (format=csv, default) or Excel (format=xlsx)")
    @APIResponse(responseCode = "200",
            description = "Budget lines as CSV (format=csv) or as an Excel workbook (format=xlsx)",
            content = {@Content(mediaType = ProcurementExports.CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = ProcurementExports.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@QueryParam("format") @Size(max = 8) String format) {
        return exports.budgets(format, budgets.budgets());
    }
}
