package io.jifen.it.support;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
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

    /** A connection to the server's database, to prove from outside what was (not) written. */
    public abstract Connection connect() throws SQLException;

    /** One number the database answers, e.g. a count of rows that prove an alert was written. */
    public long count(String sql, Object... parameters) {
        try (Connection connection = connect(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not query: " + sql, e);
        }
    }

    /**
     * How many rows each application table holds now: two equal fingerprints around a refused
     * request show it wrote nothing (Flyway's own history aside).
     */
    public Map<String, Long> rowCounts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (Connection connection = connect()) {
            List<String> tables = new java.util.ArrayList<>();
            try (var rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    String table = rs.getString("TABLE_NAME");
                    if (schema != null && schema.equalsIgnoreCase("public") && !table.equalsIgnoreCase("flyway_schema_history")) {
                        tables.add(table);
                    }
                }
            }
            for (String table : tables) {
                try (var rs = connection.createStatement().executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    counts.put(table.toLowerCase(java.util.Locale.ROOT), rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count rows", e);
        }
        return counts;
    }

    @Override
    public void close() throws SQLException {
    }

    static final class Embedded extends TestDatabase {
        @Override
        public String name() {
            return "embedded H2";
        }

        private final String url = "jdbc:h2:file:" + java.nio.file.Path.of(System.getProperty("jifen.it.workDir", "target/it"))
                .toAbsolutePath().resolve("jifen-data/jifen") + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=15000;NON_KEYWORDS=VALUE";

        @Override
        public Map<String, String> serverEnvironment() {
            // the server's own default file, in AUTO_SERVER mode so the tests may look in too
            return Map.of("JIFEN_DB_URL", url);
        }

        @Override
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, "jifen", "jifen");
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
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(databaseUrl, credentials);
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
