package db.migration;

import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The webhook fan-out asks for the oldest unpublished outbox events, over and over while a backlog
 * drains. On PostgreSQL the planner walked the primary key past every published event to find
 * them: 195 ms a batch once 330,000 were published, at 100 % of a core, beside the storefronts.
 * A partial index holds only the unpublished events, so the question costs the same however many
 * were published (0.1 ms), and it replaces the (published_at, id) index, which every event paid
 * for twice. H2, which has no partial indexes, keeps the index it has.
 */
public class V26__outbox_pending_index extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        String database = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (!database.contains("postgres")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("CREATE INDEX outbox_event_pending ON outbox_event (id) WHERE published_at IS NULL");
            statement.execute("DROP INDEX outbox_event_unpublished");
        }
    }
}
