package io.jifen.api.health;

import io.jifen.shared.schema.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the schema is migrated and validated and the database answers now. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    @Inject
    DatabaseMigration migration;
    @Resource(lookup = "jdbc/jifen")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        if (!migration.isReady()) {
            return response.down().withData("schema", "not migrated yet").build();
        }
        try (Connection connection = dataSource.getConnection()) {
            return response.status(connection.isValid(2)).withData("schema", "migrated").build();
        } catch (Exception e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
