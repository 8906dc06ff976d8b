package io.jifen.audit.application;

import io.jifen.shared.security.Actor;
import io.jifen.shared.security.Actors;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Seals the ledger on every server at a fixed interval; servers take turns on the seal mark's lock. */
@ApplicationScoped
public class SealSchedule {
    private static final Logger LOG = Logger.getLogger(SealSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    IntegrityService integrity;
    @Inject
    @ConfigProperty(name = "jifen.integrity.seal-interval-minutes", defaultValue = "60")
    long intervalMinutes;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) @Initialized(ApplicationScoped.class) Object ignored) {
        task = scheduler.scheduleWithFixedDelay(this::seal, 2, Math.max(1, intervalMinutes), TimeUnit.MINUTES);
    }

    private void seal() {
        try {
            Actors.runAs(Actor.SYSTEM, integrity::seal);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sealing the ledger failed; it is tried again at the next interval", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
