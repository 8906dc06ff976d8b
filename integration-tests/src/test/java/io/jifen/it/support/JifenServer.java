package io.jifen.it.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The portal under test: the runnable jar started with `java -jar`, configured only through the
 * environment as in production, on the embedded database or on a fresh PostgreSQL database that
 * lives as long as the test run.
 */
public final class JifenServer implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final URI baseUri;
    private final TestDatabase database;
    private final Path log;

    private final boolean ownsDatabase;

    private JifenServer(Process process, URI baseUri, TestDatabase database, Path log, boolean ownsDatabase) {
        this.process = process;
        this.baseUri = baseUri;
        this.database = database;
        this.log = log;
        this.ownsDatabase = ownsDatabase;
    }

    /** The batch inbox every server of this run watches. */
    public static Path inbox() {
        return Path.of(System.getProperty("jifen.it.workDir", "target/it") + "-shared-inbox").toAbsolutePath();
    }

    public static JifenServer start() throws Exception {
        return start(null, "");
    }

    /**
     * A second server of the same deployment, on the given server's database (as a bank runs
     * several); it leaves the database to its owner when it stops.
     */
    public static JifenServer startBeside(TestDatabase database) throws Exception {
        return start(database, "-second", Map.of());
    }

    /** A second server as above, its environment changed by the given variables (another JDBC URL, say). */
    public static JifenServer startBeside(TestDatabase database, Map<String, String> environment) throws Exception {
        return start(database, "-second", environment);
    }

    /** Another server on the database, in a work directory of its own name (started again, the same one). */
    public static JifenServer startBeside(TestDatabase database, String name, Map<String, String> environment) throws Exception {
        return start(database, "-" + name, environment);
    }

    private static JifenServer start(TestDatabase shared, String suffix) throws Exception {
        return start(shared, suffix, Map.of());
    }

    private static JifenServer start(TestDatabase shared, String suffix, Map<String, String> overrides) throws Exception {
        Path jar = Path.of(System.getProperty("jifen.it.jar", "../server-config/target/jifen.jar")).toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no runnable jar at " + jar + "; build with mvn package first");
        }
        Path workDir = Path.of(System.getProperty("jifen.it.workDir", "target/it") + suffix).toAbsolutePath();
        deleteRecursively(workDir);
        Files.createDirectories(workDir);

        TestDatabase database = shared != null ? shared : TestDatabase.forThisRun();
        int port = freePort();
        Path log = workDir.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("JIFEN_HTTP_PORT", Integer.toString(port));
        env.put("JIFEN_DEV_TOKENS", "true");
        env.put("JIFEN_DEMO_DATA", "false");
        // short clocks so tests see time limits and retries within seconds
        env.put("JIFEN_FULFILMENT_LIMIT_READY_FOR_PICKUP", "PT5S");
        env.put("JIFEN_WEBHOOKS_POLL_MILLIS", "200");
        env.put("JIFEN_WEBHOOKS_RETRY_BASE_MILLIS", "500");
        // the tests' webhook receivers listen on 127.0.0.2; every other inside address stays refused
        env.put("JIFEN_WEBHOOKS_ALLOWED_NETWORKS", "127.0.0.2/32");
        // servers count each other within seconds, for the shared rate limits
        env.put("JIFEN_CLUSTER_HEARTBEAT_MILLIS", "1000");
        env.put("WLP_JAR_EXTRACT_ROOT", workDir.resolve("wlp").toString());
        // every server of the run watches one batch inbox, as a bank's servers share one drop folder
        // the tests seal on demand, while nothing else writes: no lag, and no scheduled seal in between
        env.put("JIFEN_INTEGRITY_SEAL_LAG_SECONDS", "0");
        env.put("JIFEN_INTEGRITY_SEAL_INTERVAL_MINUTES", "100000");
        env.put("JIFEN_BATCH_INBOX", inbox().toString());
        env.put("JIFEN_BATCH_INBOX_POLL_SECONDS", "1");
        // the test plays the bank's load balancer on loopback, naming the client's address in X-Forwarded-For
        env.put("JIFEN_TRUSTED_PROXIES", "127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1");
        env.putAll(database.serverEnvironment());
        env.putAll(overrides);
        Process process = builder.start();
        JifenServer server = new JifenServer(process, URI.create("http://localhost:" + port), database, log, shared == null);
        try {
            server.awaitReady();
        } catch (Exception notReady) {
            // a server that never became ready must not keep running beside the next attempt
            server.close();
            throw notReady;
        }
        return server;
    }

    public URI baseUri() {
        return baseUri;
    }

    public TestDatabase database() {
        return database;
    }

    private void awaitReady() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited early; see " + log + "\n" + tail());
            }
            if (Files.exists(log) && new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.ISO_8859_1).contains("CWWKZ0002E")) {
                throw new IllegalStateException("the application failed to start; see " + log + "\n" + tail());
            }
            try {
                HttpResponse<String> ready = client.send(
                        HttpRequest.newBuilder(baseUri.resolve("/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server was not ready in " + START_TIMEOUT + "; see " + log + "\n" + tail());
    }

    private String tail() {
        try {
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** As kill -9 does: the server and its launcher end at once, in the middle of whatever they were doing. */
    public void kill() throws Exception {
        var children = process.descendants().toList();
        children.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        for (ProcessHandle child : children) {
            child.onExit().get(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws Exception {
        // the runnable jar starts Liberty as a child JVM: stop both, not just the launcher
        var children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        if (ownsDatabase) {
            database.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
