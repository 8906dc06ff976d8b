package io.jifen.api.audit;

import io.jifen.audit.LedgerSeal;
import io.jifen.audit.application.IntegrityService;
import io.jifen.audit.application.IntegrityService.ChainReport;
import io.jifen.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The tamper-evidence check: the ledger's and the audit log's hash chains and the ledger seals, recomputed. */
@Path("/v1/admin/integrity")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class IntegrityResource {
    @Inject
    IntegrityService integrity;

    /** The first broken link of a chain: the record, the customer (ledger), and what is wrong. */
    public record BreakView(long recordId, String customerId, String problem) {
    }

    public record ChainView(long records, boolean intact, BreakView firstBreak) {
        static ChainView of(ChainReport report) {
            return new ChainView(report.records(), report.intact(), report.firstBreak()
                    .map(f -> new BreakView(f.recordId(), f.customerId(), f.problem().name())).orElse(null));
        }
    }

    public record IntegrityView(Instant checkedAt, boolean intact, ChainView ledger, ChainView audit, ChainView seals) {
    }

    public record SealView(long id, long afterEntryId, long toEntryId, long entries, String previousDigest,
                           String digest, Instant sealedAt) {
        static SealView of(LedgerSeal seal) {
            return new SealView(seal.id(), seal.afterEntryId(), seal.toEntryId(), seal.entries(),
                    seal.previousDigest(), seal.digest(), seal.sealedAt());
        }
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.RISK})
    @Operation(summary = "Recompute every ledger chain (or one customer's), the audit log's chain and the ledger "
            + "seals; reports the first broken link of each")
    public IntegrityView check(@QueryParam("customerId") @Pattern(regexp = "^[A-Za-z0-9_-]{1,64}$",
            message = "must be 1-64 letters, digits, '-' or '_'") String customerId) {
        var report = integrity.check(customerId);
        return new IntegrityView(report.checkedAt(), report.intact(), ChainView.of(report.ledger()),
                ChainView.of(report.audit()), ChainView.of(report.seals()));
    }

    @GET
    @Path("/seals")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.RISK})
    @Operation(summary = "The newest ledger seals (digests of entry hashes, published in the audit log)")
    public List<SealView> seals() {
        return integrity.seals(0, 50).stream().map(SealView::of).toList();
    }

    @POST
    @Path("/seals")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Seal now what is sealable (servers also seal on a schedule): 201 with the seal, 204 when "
            + "nothing is due")
    @APIResponse(responseCode = "201", description = "Sealed: the new seal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SealView.class)))
    @APIResponse(responseCode = "204", description = "Nothing is due for sealing")
    public Response seal() {
        return integrity.seal().map(seal -> Response.status(201).entity(SealView.of(seal)).build())
                .orElseGet(() -> Response.noContent().build());
    }
}
