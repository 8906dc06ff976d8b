package io.jifen.shared.cluster;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many servers of this deployment are running: each writes a heartbeat every
 * jifen.cluster.heartbeat-millis (default 5 s) and counts the servers seen in the last three
 * beats. Requests read the count from memory; a server that stops is forgotten within three beats.
 */
@ApplicationScoped
public class ServerNodes {
    private static final Logger LOG = Logger.getLogger(ServerNodes.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    ServerNodeStore store;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "jifen.cluster.heartbeat-millis", defaultValue = "5000")
    long heartbeatMillis;

    private final String nodeId = UUID.randomUUID().toString();
    private volatile int live = 1;
    private ScheduledFuture<?> task;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 220)
               @Initialized(ApplicationScoped.class) Object ignored) {
        long interval = Math.max(200, heartbeatMillis);
        task = scheduler.scheduleWithFixedDelay(this::beat, 0, interval, TimeUnit.MILLISECONDS);
    }

    /** The servers running now, this one included; never less than one. */
    public int liveServers() {
        return live;
    }

    private void beat() {
        try {
            Instant now = clock.instant();
            Duration beat = Duration.ofMillis(Math.max(200, heartbeatMillis));
            live = Math.max(1, store.beat(nodeId, now, now.minus(beat.multipliedBy(3)), now.minus(Duration.ofHours(1))));
        } catch (RuntimeException e) {
            // keep the last count: a database hiccup must not change every partner's limit
            LOG.log(Level.FINE, "Heartbeat failed; keeping the last count of servers", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
        try {
            store.leave(nodeId);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not leave the server list; the row ages out", e);
        }
    }
}
