package io.jifen.fulfilment.application;

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

/**
 * Runs the pickup expiry on every server at a fixed interval (default hourly: the limit it
 * enforces is counted in days), as the system. The run itself is safe to overlap across servers.
 */
@ApplicationScoped
public class PickupExpirySchedule {
    private static final Logger LOG = Logger.getLogger(PickupExpirySchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    PickupExpiry expiry;
    @Inject
    @ConfigProperty(name = "jifen.fulfilment.pickup-expiry-interval-minutes", defaultValue = "60")
    long intervalMinutes;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 210)
               @Initialized(ApplicationScoped.class) Object ignored) {
        long interval = Math.max(1, intervalMinutes);
        task = scheduler.scheduleWithFixedDelay(this::run, interval, interval, TimeUnit.MINUTES);
    }

    private void run() {
        try {
            Actors.runAs(Actor.SYSTEM, expiry::cancelUncollected);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Pickup expiry failed; it runs again at the next interval", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
