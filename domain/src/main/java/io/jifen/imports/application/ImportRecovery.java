package io.jifen.imports.application;

import io.jifen.imports.ImportFile;
import io.jifen.imports.ImportNotRestartableException;
import io.jifen.imports.ImportRepository;
import io.jifen.shared.security.Actor;
import io.jifen.shared.security.Actors;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A server that died in the middle of a file picks it up again when it starts. At start, Jakarta
 * Batch marks the executions this server left running as failed (Liberty's recovery, by the
 * server's identity: its host and directory, so the directory must stay the same across
 * restarts). Each file whose job thus failed, and whose bytes this server holds, is restarted
 * from its last checkpoint. A file a person stopped, or one held for its refused rows, waits for
 * a person.
 */
@ApplicationScoped
public class ImportRecovery {
    private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    ImportRepository files;
    @Inject
    ImportService imports;
    @Inject
    ImportJobs jobs;
    @Inject
    @ConfigProperty(name = "jifen.batch.recover-after-seconds", defaultValue = "5")
    long delaySeconds;

    private final java.util.Set<String> pending = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile java.util.concurrent.ScheduledFuture<?> watching;
    private volatile java.time.Instant giveUpAt;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 300) @Initialized(ApplicationScoped.class) Object ignored) {
        watching = scheduler.scheduleWithFixedDelay(this::recover, delaySeconds, 2, TimeUnit.SECONDS);
    }

    /**
     * The files under way when this server started, and whose bytes it holds, are watched until
     * Jakarta Batch has marked the executions it left running as failed (its recovery runs when
     * the batch runtime first wakes, not at once); each is then restarted. Files that fail later,
     * for another reason, wait for a person.
     */
    void recover() {
        try {
            if (giveUpAt == null) {
                giveUpAt = java.time.Instant.now().plus(java.time.Duration.ofMinutes(5));
                for (ImportFile underWay : files.underWay()) {
                    if (Files.exists(Path.of(underWay.storedAt()))) {
                        pending.add(underWay.id());
                    }
                }
            }
            jobs.awaken();
            for (String fileId : List.copyOf(pending)) {
                Actors.runAs(Actor.SYSTEM, () -> resume(fileId));
            }
            if (pending.isEmpty() || java.time.Instant.now().isAfter(giveUpAt)) {
                watching.cancel(false);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Resuming the imports a stopped server left failed: " + e.getMessage(), e);
        }
    }

    private void resume(String fileId) {
        var file = imports.find(fileId);
        switch (file.status()) {
            case RECEIVED, CHECKING, RUNNING -> {
                // still shown under way: its execution is not marked failed yet (or another server runs it)
            }
            case FAILED -> {
                pending.remove(fileId);
                try {
                    imports.restart(fileId, false);
                    LOG.info(() -> "Import " + fileId + " goes on from its last checkpoint after a restart (row "
                            + file.rowsDone() + ")");
                } catch (ImportNotRestartableException taken) {
                    // another server resumed it first
                }
            }
            default -> pending.remove(fileId);
        }
    }
}
