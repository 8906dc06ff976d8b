package io.jifen.api.audit;

import io.jifen.api.shared.PageView;
import io.jifen.api.shared.Paging;
import io.jifen.api.shared.TableExport;
import io.jifen.audit.AuditEvent;
import io.jifen.audit.AuditQuery;
import io.jifen.audit.application.AuditLog;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The audit log, as the admin UI's audit screen shows it, for auditors' reports and tools. */
@Path("/v1/admin/audit")
@ApplicationScoped
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class AuditResource {
    /** The most records one export takes out of the log. */
    static final int EXPORT_LIMIT = 100_000;

    @Inject
    AuditLog audit;

    public record AuditEntryView(long id, String actor, String actorRoles, String action, String subject,
                                 String details, Instant occurredAt, String hash) {
        static AuditEntryView of(AuditEvent event) {
            return new AuditEntryView(event.id(), event.actor(), event.actorRoles(), event.action(), event.subject(),
                    event.details(), event.occurredAt(), event.hash());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staff actions: from/to (ISO instants), actor, role, action (comma-separated codes), subject, "
            + "q (any text: a customer id finds who viewed that customer's personal data), sort=time|actor|action|"
            + "subject with order=asc|desc (newest first by default)")
    public PageView<AuditEntryView> list(@QueryParam("from") @Size(max = 40) String from,
                                         @QueryParam("to") @Size(max = 40) String to,
                                         @QueryParam("actor") @Size(max = 100) String actor,
                                         @QueryParam("role") @Size(max = 40) String role,
                                         @QueryParam("action") @Size(max = 1000) String action,
                                         @QueryParam("subject") @Size(max = 100) String subject,
                                         @QueryParam("q") @Size(max = 100) String q,
                                         @QueryParam("sort") @Size(max = 10) String sort,
                                         @QueryParam("order") @Size(max = 4) String order,
                                         @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        var found = audit.search(query(from, to, actor, role, action, subject, q, sort, order), paging.page(),
                paging.size());
        return PageView.of(found, AuditEntryView::of);
    }

    @GET
    @Path("/actions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every action code recorded so far")
    public List<String> actions() {
        return audit.actions();
    }

    @GET
    @Path("/export")
    @Produces({TableExport.CSV, TableExport.XLSX})
    @Operation(summary = "What the same filters find (at most 100,000 records) as CSV (format=csv, default) or Excel "
            + "(format=xlsx); the export is itself recorded in the audit log")
    @APIResponse(responseCode = "200",
            description = "The audit records as CSV (format=csv) or as an Excel workbook (format=xlsx)",
            content = {@Content(mediaType = TableExport.CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = TableExport.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@QueryParam("format") @Size(max = 8) String format,
                           @QueryParam("from") @Size(max = 40) String from,
                           @QueryParam("to") @Size(max = 40) String to,
                           @QueryParam("actor") @Size(max = 100) String actor,
                           @QueryParam("role") @Size(max = 40) String role,
                           @QueryParam("action") @Size(max = 1000) String action,
                           @QueryParam("subject") @Size(max = 100) String subject,
                           @QueryParam("q") @Size(max = 100) String q,
                           @QueryParam("sort") @Size(max = 10) String sort,
                           @QueryParam("order") @Size(max = 4) String order) {
        String kind = format == null || format.isBlank() ? "csv" : format.trim().toLowerCase(Locale.ROOT);
        if (!kind.equals("csv") && !kind.equals("xlsx")) {
            throw new InvalidRequestException("format", "csv or xlsx");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (AuditEvent e : audit.export(query(from, to, actor, role, action, subject, q, sort, order), kind,
                EXPORT_LIMIT)) {
            rows.add(List.of(e.id(), e.occurredAt().toString(), e.actor(), nonNull(e.actorRoles()), e.action(),
                    e.subject(), nonNull(e.details()), nonNull(e.hash())));
        }
        return TableExport.answer(kind, "audit-log", List.of("id", "occurredAt", "actor", "roles", "action", "subject",
                "details", "sha256"), rows);
    }

    private static Object nonNull(String text) {
        return text == null ? "" : text;
    }

    static AuditQuery query(String from, String to, String actor, String role, String action, String subject,
                            String q, String sort, String order) {
        Set<String> actions = action == null || action.isBlank() ? Set.of()
                : new LinkedHashSet<>(Arrays.stream(action.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                        .toList());
        AuditQuery.Sort by;
        try {
            by = sort == null || sort.isBlank() ? AuditQuery.Sort.TIME
                    : AuditQuery.Sort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("sort", "time, actor, action or subject");
        }
        boolean ascending;
        if (order == null || order.isBlank() || order.equalsIgnoreCase("desc")) {
            ascending = false;
        } else if (order.equalsIgnoreCase("asc")) {
            ascending = true;
        } else {
            throw new InvalidRequestException("order", "asc or desc");
        }
        return new AuditQuery(instant("from", from), instant("to", to), blankless(actor), blankless(role), actions,
                blankless(subject), blankless(q), by, ascending);
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "an instant like 2026-11-30T00:00:00Z");
        }
    }
}
