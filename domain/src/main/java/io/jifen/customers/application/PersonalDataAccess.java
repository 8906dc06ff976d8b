package io.jifen.customers.application;

import io.jifen.shared.CustomerId;
import io.jifen.audit.application.AuditLog;
import io.jifen.customers.PersonalDataPolicy;
import io.jifen.customers.PersonalDataPolicy.Field;
import io.jifen.customers.PersonalDataPolicy.Visibility;
import io.jifen.shared.security.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Personal data as the current actor may see it, by {@link PersonalDataPolicy}, for the API's views
 * and the admin UI's alike. Asking for a lens is also the record of the look: when a staff member
 * gets any of the asked fields whole, the audit log says who saw which fields of which customers,
 * and when, in the caller's transaction. A list page is one record naming its customers (split only
 * where the ids outgrow one record's details), not one per row.
 */
@ApplicationScoped
public class PersonalDataAccess {
    public static final String AUDIT_ACTION = "viewed personal data";
    private static final int DETAILS_ROOM = 900;

    @Inject
    AuditLog audit;

    /** How the current actor sees fields; the views ask it, never the roles themselves. */
    public record Lens(Set<String> roles) {
        public Lens {
            roles = Set.copyOf(roles);
        }

        public Visibility visibility(Field field) {
            return PersonalDataPolicy.visibility(roles, field);
        }

        /** The value whole, masked or null (hidden), as this actor may see it. */
        public String show(Field field, String value) {
            return PersonalDataPolicy.show(visibility(field), field, value);
        }
    }

    /**
     * The current actor's lens over these customers' fields, recording the look when a staff member
     * sees any of them whole. Customer ids may repeat (a page of orders); each is named once.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Lens reveal(Collection<CustomerId> customerIds, Set<Field> fields) {
        var lens = new Lens(Actors.current().roles());
        if (customerIds.isEmpty() || !PersonalDataPolicy.isStaff(lens.roles())) {
            return lens;
        }
        List<Field> whole = fields.stream().filter(f -> lens.visibility(f) == Visibility.WHOLE).sorted().toList();
        if (!whole.isEmpty()) {
            String what = whole.stream().map(Field::label).collect(Collectors.joining(", "));
            var ids = new ArrayList<>(new LinkedHashSet<>(customerIds.stream().map(CustomerId::value).toList()));
            for (List<String> chunk : chunks(ids)) {
                audit.record(AUDIT_ACTION, chunk.size() == 1 ? "customer:" + chunk.getFirst() : "customers",
                        what + " of " + String.join(",", chunk));
            }
        }
        return lens;
    }

    public Lens reveal(CustomerId customerId, Set<Field> fields) {
        return reveal(List.of(customerId), fields);
    }

    private static List<List<String>> chunks(List<String> ids) {
        var chunks = new ArrayList<List<String>>();
        var current = new ArrayList<String>();
        int length = 0;
        for (String id : ids) {
            if (!current.isEmpty() && length + id.length() + 1 > DETAILS_ROOM) {
                chunks.add(current);
                current = new ArrayList<>();
                length = 0;
            }
            current.add(id);
            length += id.length() + 1;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
