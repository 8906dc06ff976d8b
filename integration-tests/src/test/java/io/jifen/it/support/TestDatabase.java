package io.jifen.it.support;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * Where the server under test keeps its data. Embedded: an H2 file in the run's work directory.
 * PostgreSQL: a database of its own, created on the server JIFEN_TEST_PG_URL names and dropped
 * after the run, so runs never see each other's data.
 */
public abstract class TestDatabase implements AutoCloseable {

    public static TestDatabase forThisRun() throws SQLException {
        String kind = System.getProperty("jifen.it.database", "embedded");
        if (kind.equals("postgresql")) {
            String adminUrl = System.getenv("JIFEN_TEST_PG_URL");
            if (adminUrl == null || adminUrl.isBlank()) {
                throw new IllegalStateException("the PostgreSQL leg needs JIFEN_TEST_PG_URL");
            }
            return new Postgres(adminUrl);
        }
        return new Embedded();
    }

    public abstract String name();

    public abstract Map<String, String> serverEnvironment();

    /**
     * A connection of the test's own to the server's database, to check what is stored; empty on
     * the embedded database, which the server holds open (H2 locks its file).
     */
    public Optional<Connection> connect() throws SQLException {
        return Optional.empty();
    }

    @Override
    public void close() throws SQLException {
    }

    static final class Embedded extends TestDatabase {
        @Override
        public String name() {
            return "embedded H2";
        }

        @Override
        public Map<String, String> serverEnvironment() {
            return Map.of();
        }
    }

    static final class Postgres extends TestDatabase {
        private final String adminUrl;
        private final Properties credentials = new Properties();
        private final String databaseName = "jifen_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        private final String databaseUrl;

        Postgres(String adminUrl) throws SQLException {
            this.adminUrl = adminUrl;
            credentials.setProperty("user", envOr("JIFEN_TEST_PG_USER", "postgres"));
            credentials.setProperty("password", envOr("JIFEN_TEST_PG_PASSWORD", "postgres"));
            URI uri = URI.create(adminUrl.substring("jdbc:".length()));
            this.databaseUrl = "jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort())
                    + "/" + databaseName;
            try (Connection admin = DriverManager.getConnection(adminUrl, credentials)) {
                admin.createStatement().execute("CREATE DATABASE " + databaseName);
            }
        }

        @Override
        public String name() {
            return "PostgreSQL " + databaseName;
        }

        @Override
        public Map<String, String> serverEnvironment() {
            return Map.of("JIFEN_DB_URL", databaseUrl,
                    "JIFEN_DB_USER", credentials.getProperty("user"),
                    "JIFEN_DB_PASSWORD", credentials.getProperty("password"));
        }

        @Override
        public Optional<Connection> connect() throws SQLException {
            return Optional.of(DriverManager.getConnection(databaseUrl, credentials));
        }

        @Override
        public void close() throws SQLException {
            try (Connection admin = DriverManager.getConnection(adminUrl, credentials)) {
                admin.createStatement().execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
            }
        }

        private static String envOr(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
