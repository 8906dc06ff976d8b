package io.jifen.webhooks.application;

import io.jifen.shared.security.Actor;
import io.jifen.shared.security.Actors;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every server looks hourly (jifen.webhooks.expiring-check-minutes) whether today's
 * "points.expiring" run has happened; the first to look each bank day runs it.
 */
@ApplicationScoped
public class ExpiringPointsSchedule {
    private static final Logger LOG = Logger.getLogger(ExpiringPointsSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    ExpiringPointsAnnouncer announcer;
    @Inject
    WebhookSettings settings;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 220)
               @Initialized(ApplicationScoped.class) Object ignored) {
        task = scheduler.scheduleWithFixedDelay(this::check, 1, settings.expiringCheckInterval().toMinutes(),
                TimeUnit.MINUTES);
    }

    private void check() {
        try {
            Actors.runAs(Actor.SYSTEM, announcer::runIfNotRunToday);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The points-expiring run failed; the next check tries again", e);
        }
    }

    void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        stop();
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
