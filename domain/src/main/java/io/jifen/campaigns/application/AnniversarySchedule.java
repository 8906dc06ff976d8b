package io.jifen.campaigns.application;

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

/** Awards the day's account anniversaries on every server, every interval; awards happen once per year all the same. */
@ApplicationScoped
public class AnniversarySchedule {
    private static final Logger LOG = Logger.getLogger(AnniversarySchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    TriggerService triggers;
    @Inject
    @ConfigProperty(name = "jifen.campaigns.anniversary-interval-minutes", defaultValue = "60")
    long intervalMinutes;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 210) @Initialized(ApplicationScoped.class) Object ignored) {
        task = scheduler.scheduleWithFixedDelay(this::run, 2, Math.max(1, intervalMinutes), TimeUnit.MINUTES);
    }

    private void run() {
        try {
            Actors.runAs(Actor.SYSTEM, () -> triggers.awardAnniversaries(triggers.today()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Anniversary awards failed; they run again at the next interval", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
