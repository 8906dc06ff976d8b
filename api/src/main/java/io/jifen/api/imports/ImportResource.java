package io.jifen.api.imports;

import io.jifen.shared.Message;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.jifen.api.shared.ApiRequestFilter;
import io.jifen.api.shared.PageView;
import io.jifen.api.shared.Paging;
import io.jifen.imports.ImportFile;
import io.jifen.imports.ImportKind;
import io.jifen.imports.application.ImportService;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Nightly files from core banking: uploaded here, imported by a batch job, watched and steered here. */
@Path("/v1/admin/batch/files")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CORE_BANKING})
public class ImportResource {
    private static final String FILE_ID = "{fileId: F-[0-9a-f]{16}}";

    @Inject
    ImportService imports;
    @Inject
    Clock clock;

    /**
     * The file as the body, streamed to disk: 202 and the new file with its job started, or 200
     * and the first claim when these bytes were sent before (nothing is applied twice).
     */
    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Upload a nightly file (kind=TRANSACTIONS, STAR_FIGURES or CUSTOMERS; maxRejectShare, default 0.01, above which its job stops for a person); the same bytes again answer the first upload")
    @APIResponse(responseCode = "202", description = "Received: the new file, its import job started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "200",
            description = "These bytes came before: the first upload's file, nothing applied twice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FileView.class)))
    public Response upload(@QueryParam("kind") String kind,
                           @QueryParam("name") @Size(max = 255) @Pattern(regexp = "^[^\\p{Cntrl}/\\\\]*$",
                                   message = "must be a file name without path or control characters") String name,
                           @QueryParam("maxRejectShare") @Pattern(regexp = "^(0(\\.\\d{1,4})?|1(\\.0{1,4})?)$",
                                   message = "must be a share from 0 to 1, like 0.01") String maxRejectShare,
                           InputStream content) {
        var received = imports.receive(kind(kind), name, content,
                maxRejectShare == null ? null : new java.math.BigDecimal(maxRejectShare));
        var view = FileView.of(received.file(), clock.instant());
        return (received.created() ? Response.accepted(view) : Response.ok(view))
                .location(URI.create(ApiRequestFilter.FILE_INTAKE + "/" + received.file().id())).build();
    }

    @GET
    @Operation(summary = "Files received, newest first, with their jobs' progress")
    public PageView<FileView> files(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        Instant now = clock.instant();
        return PageView.of(imports.list(paging.page(), paging.size()), file -> FileView.of(file, now));
    }

    @GET
    @Path(FILE_ID)
    @Operation(summary = "One file: its job's status, rows done of total, rows per second, time left")
    public FileView file(@PathParam("fileId") String fileId) {
        return FileView.of(imports.find(fileId), clock.instant());
    }

    @GET
    @Path(FILE_ID + "/rejects")
    @Produces("text/csv")
    @Operation(summary = "The file's refused rows as CSV: line, reference, field, reason")
    @APIResponse(responseCode = "200", description = "The refused rows as CSV: line, reference, field, reason",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response rejects(@PathParam("fileId") String fileId) {
        imports.find(fileId);
        StreamingOutput body = out -> imports.writeRejects(fileId, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileId + "-rejects.csv\"").build();
    }

    @GET
    @Path(FILE_ID + "/levels")
    @Operation(summary = "A star-figures file's report: per service level, the customers who rose to it, fell to it "
            + "or stayed, and each move from level to level, as far as the job got")
    public LevelsView levels(@PathParam("fileId") String fileId) {
        var report = imports.levelReport(fileId);
        return new LevelsView(fileId, report.up(), report.down(), report.unchanged(),
                report.levels().stream().map(l -> new LevelLine(l.level().number(), l.up(), l.down(), l.unchanged())).toList(),
                report.moves().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .map(m -> new MoveLine(m.getKey().before().number(), m.getKey().after().number(), m.getValue())).toList());
    }

    @JsonbPropertyOrder({"fileId", "up", "down", "unchanged", "levels", "moves"})
    public record LevelsView(String fileId, long up, long down, long unchanged, java.util.List<LevelLine> levels,
                             java.util.List<MoveLine> moves) {
    }

    @JsonbPropertyOrder({"level", "up", "down", "unchanged"})
    public record LevelLine(int level, long up, long down, long unchanged) {
    }

    @JsonbPropertyOrder({"from", "to", "customers"})
    public record MoveLine(int from, int to, long customers) {
    }

    @POST
    @Path(FILE_ID + "/stop")
    @Operation(summary = "Stop the file's job after its current chunks; a restart goes on from there")
    public FileView stop(@PathParam("fileId") String fileId) {
        return FileView.of(imports.stop(fileId), clock.instant());
    }

    @POST
    @Path(FILE_ID + "/restart")
    @Operation(summary = "Go on from the last checkpoint (acceptRejects=true: go on although the file passed its share of refused rows)")
    public FileView restart(@PathParam("fileId") String fileId, @QueryParam("acceptRejects") boolean acceptRejects) {
        return FileView.of(imports.restart(fileId, acceptRejects), clock.instant());
    }

    @Schema(name = "FileRejectionRequest")

    public record RejectionRequest(@jakarta.validation.constraints.NotBlank @Size(max = 500) String note) {
    }

    @POST
    @Path(FILE_ID + "/approval")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Approve a file a person uploaded (a second person, never its uploader): its job starts")
    public FileView approve(@PathParam("fileId") String fileId) {
        return FileView.of(imports.approve(fileId), clock.instant());
    }

    @POST
    @Path(FILE_ID + "/rejection")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn down a file awaiting approval, with a note (its uploader may withdraw it so); nothing of it is applied")
    public FileView reject(@PathParam("fileId") String fileId, @jakarta.validation.Valid @jakarta.validation.constraints.NotNull RejectionRequest request) {
        return FileView.of(imports.reject(fileId, request.note()), clock.instant());
    }

    @POST
    @Path(FILE_ID + "/abandon")
    @Operation(summary = "Give up a stopped or failed file: it will not be restarted")
    public FileView abandon(@PathParam("fileId") String fileId) {
        return FileView.of(imports.abandon(fileId), clock.instant());
    }

    private static ImportKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw new InvalidRequestException("kind", Message.of("requiredOneOf", String.valueOf(java.util.List.of(ImportKind.values()))));
        }
        try {
            return ImportKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("kind", Message.of("mustBeOneOf", String.valueOf(java.util.List.of(ImportKind.values()))));
        }
    }


    @JsonbPropertyOrder({"id", "kind", "name", "status", "message", "sizeBytes", "sha256", "rowsTotal", "rowsDone",
            "rowsApplied", "rowsAlready", "rowsRejected", "rowsPerSecond", "secondsLeft", "rejectShare", "receivedBy",
            "receivedAt", "approvedBy", "startedAt", "finishedAt"})
    public record FileView(String id, String kind, String name, String status, String message, long sizeBytes,
                           String sha256, Long rowsTotal, long rowsDone, long rowsApplied, long rowsAlready,
                           long rowsRejected, long rowsPerSecond, Long secondsLeft, String rejectShare, String receivedBy,
                           Instant receivedAt, String approvedBy, Instant startedAt, Instant finishedAt) {
        static FileView of(ImportFile f, Instant now) {
            return new FileView(f.id(), f.kind().name(), f.name(), f.status().name(), f.message(), f.sizeBytes(),
                    f.sha256(), f.rowsTotal(), f.rowsDone(), f.rowsApplied(), f.rowsAlready(), f.rowsRejected(),
                    Math.round(f.rowsPerSecond(now)), f.timeLeft(now).map(java.time.Duration::toSeconds).orElse(null),
                    f.rejectShare().toPlainString(), f.receivedBy(), f.receivedAt(), f.approvedBy(), f.startedAt(),
                    f.finishedAt());
        }
    }
}
