package io.jifen.imports.application;

import io.jifen.imports.ImportRepository;
import io.jifen.imports.ImportStatus;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Gauges of files by status for the operators' dashboards ({@code jifen_import_files{status}}):
 * how many are running, stopped for a person, failed. Counted in the database, so every server
 * reports every file, once per scrape at most every few seconds.
 */
@ApplicationScoped
public class ImportMetrics {
    private static final Duration FRESH = Duration.ofSeconds(5);

    @Inject
    ImportRepository files;
    @Inject
    MetricRegistry metrics;

    private volatile Map<ImportStatus, Long> counts = Map.of();
    private volatile long countedAtNanos;

    void register(@Observes @Priority(Interceptor.Priority.APPLICATION + 400) @Initialized(ApplicationScoped.class) Object ignored) {
        for (ImportStatus status : ImportStatus.values()) {
            metrics.gauge("jifen.import.files", () -> current().getOrDefault(status, 0L),
                    new Tag("status", status.name()));
        }
    }

    /** The counts, read again when older than a few seconds: a scrape asks for every status at once. */
    Map<ImportStatus, Long> current() {
        if (System.nanoTime() - countedAtNanos > FRESH.toNanos()) {
            counts = files.countByStatus();
            countedAtNanos = System.nanoTime();
        }
        return counts;
    }
}
