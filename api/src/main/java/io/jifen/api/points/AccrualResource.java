package io.jifen.api.points;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import io.jifen.shared.CustomerId;
import io.jifen.api.points.PointsViews.AccrualView;
import io.jifen.api.points.PointsViews.ReversalView;
import io.jifen.api.shared.ApiFormats;
import io.jifen.shared.security.Roles;
import io.jifen.api.shared.ValidCustomerId;
import io.jifen.points.AccrualRequest;
import io.jifen.points.Activity;
import io.jifen.points.application.AccrualService;
import io.jifen.shared.TextFormats;
import io.jifen.api.shared.BatchItems;
import io.jifen.api.shared.DomainExceptionMapper;
import io.jifen.api.shared.Problem;
import io.jifen.points.application.BulkAccruals;
import io.jifen.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Core banking reports transactions here; each earns once, by the rules of the day it happened. */
@Path("/v1/accruals")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CORE_BANKING)
public class AccrualResource {
    private static final String TXN_ID = TextFormats.SOURCE_TXN_ID;

    @Inject
    AccrualService accruals;
    @Inject
    Clock clock;
    @Inject
    BulkAccruals bulk;
    @Inject
    Validator validator;

    public record AccrualRequestBody(
            @NotNull @Pattern(regexp = TXN_ID, message = "must be 1-64 letters, digits or . _ : -") String sourceTxnId,
            @ValidCustomerId String customerId,
            @NotNull Activity activity,
            @Pattern(regexp = TextFormats.PRODUCT_CODE, message = "must be 1-40 letters, digits, _ or -") String productCode,
            @NotNull @Pattern(regexp = ApiFormats.AMOUNT, message = "must be a yuan amount like 500000.00") String amount,
            @Pattern(regexp = "CNY", message = "only CNY is accepted") String currency,
            @NotNull OffsetDateTime occurredAt) {
    }

    @POST
    @Operation(summary = "Accrue points for a source transaction (idempotent per sourceTxnId)")
    @APIResponse(responseCode = "201", description = "Accrued: the new accrual, its breakdown and the balance",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccrualView.class)))
    @APIResponse(responseCode = "200", description = "Accrued before: the first call's accrual, nothing earned twice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccrualView.class)))
    public Response accrue(@Valid @NotNull AccrualRequestBody body) {
        var outcome = accruals.accrue(toRequest(body));
        return Response.status(outcome.created() ? 201 : 200).entity(AccrualView.of(outcome.accrual())).build();
    }

    public record AccrualBatchBody(
            // read as raw JSON so each item is validated on its own; documented as the accruals they are
            @Schema(type = SchemaType.ARRAY, implementation = AccrualRequestBody.class)
            @NotNull @Size(min = 1, max = BulkAccruals.MAX_BATCH, message = "must hold 1 to 1000 accruals")
            List<JsonObject> accruals) {
    }

    /**
     * Each item is read, checked and answered exactly as the single call would read, check and
     * answer it; a bad item is answered with its problem and the others go on.
     */
    @POST
    @Path("/batch")
    @Operation(summary = "Accrue points for up to 1,000 source transactions, each answered as the single call would")
    public BatchAnswer accrueBatch(@Valid @NotNull AccrualBatchBody body) {
        List<BatchResult> results = new ArrayList<>(Collections.nCopies(body.accruals().size(), null));
        List<AccrualRequest> valid = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < body.accruals().size(); i++) {
            JsonObject item = body.accruals().get(i);
            try {
                valid.add(toRequest(BatchItems.read(item, AccrualRequestBody.class, validator)));
                positions.add(i);
            } catch (BatchItems.InvalidItem invalid) {
                results.set(i, BatchResult.refused(BatchItems.text(item, "sourceTxnId", TXN_ID), invalid.problem()));
            } catch (DomainException refused) {
                results.set(i, BatchResult.refused(BatchItems.text(item, "sourceTxnId", TXN_ID), DomainExceptionMapper.problemOf(refused)));
            }
        }
        var answers = bulk.accrue(valid);
        for (int k = 0; k < answers.size(); k++) {
            var answer = answers.get(k);
            var request = valid.get(k);
            results.set(positions.get(k), answer.refusal() != null
                    ? BatchResult.refused(request.sourceTxnId(), DomainExceptionMapper.problemOf(answer.refusal()))
                    : BatchResult.of(answer.outcome()));
        }
        return new BatchAnswer(results);
    }

    public record BatchAnswer(List<BatchResult> results) {
    }

    /** One item's answer: the single call's status and body, or its problem. */
    @JsonbPropertyOrder({"sourceTxnId", "status", "customerId", "points", "breakdown", "balance", "problem"})
    public record BatchResult(String sourceTxnId, int status, String customerId, Long points,
                              List<Map<String, Object>> breakdown, Long balance, Problem problem) {
        static BatchResult of(AccrualService.Outcome outcome) {
            var view = AccrualView.of(outcome.accrual());
            return new BatchResult(view.sourceTxnId(), outcome.created() ? 201 : 200, view.customerId(), view.points(),
                    view.breakdown(), view.balance(), null);
        }

        static BatchResult refused(String sourceTxnId, Problem problem) {
            return new BatchResult(sourceTxnId, problem.status(), null, null, null, null, problem);
        }
    }

    /** The request as the domain takes it; refuses what no rule of the body's shape can say. */
    private AccrualRequest toRequest(AccrualRequestBody body) {
        return new AccrualRequest(body.sourceTxnId(), new CustomerId(body.customerId()), body.activity(),
                body.productCode(), new BigDecimal(body.amount()), body.currency() == null ? "CNY" : body.currency(),
                body.occurredAt().toInstant()).requireSensibleAt(clock.instant());
    }

    @POST
    @Path("/{sourceTxnId}/reversal")
    @Operation(summary = "Take back a transaction's points (idempotent); what was already spent becomes a shortfall")
    @APIResponse(responseCode = "201", description = "Reversed: the points taken back and any shortfall",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReversalView.class)))
    @APIResponse(responseCode = "200", description = "Reversed before: the first reversal, nothing taken twice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReversalView.class)))
    public Response reverse(@PathParam("sourceTxnId") @Pattern(regexp = TXN_ID, message = "must be 1-64 letters, digits or . _ : -")
                            String sourceTxnId) {
        var outcome = accruals.reverse(sourceTxnId);
        return Response.status(outcome.created() ? 201 : 200).entity(ReversalView.of(outcome.accrual())).build();
    }
}
