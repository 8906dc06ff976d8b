package io.jifen.shared.schema;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.SchemaValidationException;
import java.util.Arrays;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the database to the schema this build expects before anything else touches it, then
 * asks JPA to check its mappings against the migrated schema. The schema is owned by the Flyway
 * migrations alone (same scripts on H2 and PostgreSQL); JPA never generates it.
 */
@ApplicationScoped
public class DatabaseMigration {
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/jifen")
    DataSource dataSource;

    @PersistenceUnit(unitName = "jifen")
    EntityManagerFactory entityManagerFactory;

    /** Before any other start-up observer: nothing may touch the database before it is migrated. */
    public static final int FIRST = Interceptor.Priority.PLATFORM_BEFORE;

    private volatile boolean ready;

    void onStart(@Observes @Priority(FIRST) @Initialized(ApplicationScoped.class) Object ignored) {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        try {
            entityManagerFactory.getSchemaManager().validate();
        } catch (SchemaValidationException e) {
            // A schema that does not match the mappings must stop the start, not corrupt data later.
            throw new IllegalStateException("The database schema does not match the JPA mappings: "
                    + e.getMessage() + " " + Arrays.toString(e.getFailures()), e);
        }
        LOG.info("JPA mappings validated against the schema");
        ready = true;
    }

    public boolean isReady() {
        return ready;
    }
}
