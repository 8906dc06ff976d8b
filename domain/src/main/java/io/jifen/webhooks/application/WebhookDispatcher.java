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
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers webhooks on every server, off the request path: one task fans new outbox events out
 * into deliveries, and a number of workers (jifen.webhooks.workers) claim due deliveries in the
 * database and send them. Nothing here relies on being the only server: the fan-out takes each
 * event with a guarded update (those no endpoint subscribes to, a batch at a time), the workers
 * each delivery with a guarded claim.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    private static final int FAN_OUT_BATCH = 200;
    private static final int CANDIDATES = 20;

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    DeliveryQueue queue;
    @Inject
    WebhookSender sender;
    @Inject
    WebhookSettings settings;
    @Inject
    io.jifen.shared.OnlineTraffic online;

    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();
    private volatile boolean stopping;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 210)
               @Initialized(ApplicationScoped.class) Object ignored) {
        long poll = settings.pollInterval().toMillis();
        String server = serverName();
        tasks.add(scheduler.scheduleWithFixedDelay(this::fanOut, poll, poll, TimeUnit.MILLISECONDS));
        for (int i = 1; i <= settings.workers(); i++) {
            String owner = server + "#" + i;
            tasks.add(scheduler.scheduleWithFixedDelay(() -> work(owner), poll, poll, TimeUnit.MILLISECONDS));
        }
        LOG.info(() -> "Webhook delivery: " + settings.workers() + " workers as " + server + ", polling every "
                + poll + " ms");
    }

    private void fanOut() {
        try {
            Actors.runAs(Actor.SYSTEM, () -> {
                while (!stopping) {
                    long started = System.nanoTime();
                    if (queue.fanOut(FAN_OUT_BATCH) < FAN_OUT_BATCH) {
                        break; // all caught up until the next poll
                    }
                    // a full batch: more is waiting. A backlog (a nightly file's announcements) is
                    // background work: while storefronts are served, it waits as long as each batch
                    // took, as a file's chunks do, and drains at full speed when they are not.
                    if (online.isServing() && !pause(System.nanoTime() - started)) {
                        return;
                    }
                }
            });
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.log(Level.WARNING, "Webhook fan-out failed; it runs again at the next poll", e);
            }
        }
    }

    /** Waits a while (at most two seconds); false when interrupted, as when the server stops. */
    private static boolean pause(long nanos) {
        try {
            Thread.sleep(java.time.Duration.ofNanos(Math.min(nanos, java.time.Duration.ofSeconds(2).toNanos())));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Sends what is due until nothing this worker can claim is left, then waits for the next poll. */
    private void work(String owner) {
        try {
            Actors.runAs(Actor.SYSTEM, () -> {
                boolean sent = true;
                while (sent && !stopping) {
                    sent = false;
                    List<Long> candidates = new ArrayList<>(queue.attemptable(CANDIDATES));
                    // workers see the same candidates; starting at different ones, they rarely collide
                    Collections.shuffle(candidates);
                    for (long deliveryId : candidates) {
                        if (stopping) {
                            return;
                        }
                        var attempt = queue.claim(deliveryId, owner);
                        if (attempt.isPresent()) {
                            queue.record(deliveryId, owner, sender.send(attempt.get()));
                            sent = true;
                        }
                    }
                }
            });
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.log(Level.WARNING, "Webhook worker " + owner + " failed; it runs again at the next poll", e);
            }
        }
    }

    private static String serverName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "server";
        }
        String name = host + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 90 ? name : name.substring(name.length() - 90);
    }

    /** Stops before the application's other beans (the persistence unit among them) go away. */
    void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        stop();
    }

    @PreDestroy
    void stop() {
        stopping = true;
        tasks.forEach(task -> task.cancel(false));
    }
}
