package io.jifen.audit;

import java.time.Instant;
import java.util.Set;

/**
 * What auditors look for: a time range [from, to), who (actor, part of the name), in which role,
 * which actions (exact codes; the UI finds them by their Chinese or English names), on what
 * (subject, part of it) and any text; sorted by one column. Every part may be absent.
 */
public record AuditQuery(Instant from, Instant to, String actor, String role, Set<String> actions, String subject,
                         String text, Sort sort, boolean ascending) {
    public enum Sort { TIME, ACTOR, ACTION, SUBJECT }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, Set.of(), null, null, Sort.TIME, false);
    }

    public AuditQuery {
        actions = actions == null ? Set.of() : Set.copyOf(actions);
        sort = sort == null ? Sort.TIME : sort;
    }

    public AuditQuery withText(String newText) {
        return new AuditQuery(from, to, actor, role, actions, subject, newText, sort, ascending);
    }
}
