package io.jifen.points.application;

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

/** Runs the expiry sweep on every server at a fixed interval; the sweep is safe to run concurrently. */
@ApplicationScoped
public class ExpirySchedule {
    private static final Logger LOG = Logger.getLogger(ExpirySchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    ExpiryService expiry;
    @Inject
    @ConfigProperty(name = "jifen.points.expiry-interval-minutes", defaultValue = "60")
    long intervalMinutes;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) @Initialized(ApplicationScoped.class) Object ignored) {
        task = scheduler.scheduleWithFixedDelay(this::sweep, 1, Math.max(1, intervalMinutes), TimeUnit.MINUTES);
    }

    private void sweep() {
        try {
            Actors.runAs(Actor.SYSTEM, expiry::expireDue);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Expiry sweep failed; it runs again at the next interval", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
