package io.jifen.api.audit;

import io.jifen.api.shared.PageView;
import io.jifen.api.shared.Paging;
import io.jifen.shared.security.Roles;
import io.jifen.audit.AuditEvent;
import io.jifen.audit.application.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit log, as the admin UI's audit screen shows it, for auditors' reports and tools. */
@Path("/v1/admin/audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    @Inject
    AuditLog audit;

    public record AuditEntryView(long id, String actor, String action, String subject, String details,
                                 Instant occurredAt) {
        static AuditEntryView of(AuditEvent event) {
            return new AuditEntryView(event.id(), event.actor(), event.action(), event.subject(), event.details(),
                    event.occurredAt());
        }
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Staff actions, newest first; q matches actor, action, subject or details (a customer id "
            + "finds who viewed that customer's personal data)")
    public PageView<AuditEntryView> list(@QueryParam("q") @Size(max = 100) String q,
                                         @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        var found = audit.search(q, paging.page(), paging.size());
        return PageView.of(found, AuditEntryView::of);
    }
}
