package io.jifen.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Whether this server is serving storefronts right now: partner calls note themselves here, and
 * background work that can wait (a nightly file's chunks) yields to them. Per server, as the CPU
 * it shares is.
 */
@ApplicationScoped
public class OnlineTraffic {
    private volatile long lastServedNanos = System.nanoTime() - Duration.ofDays(1).toNanos();

    public void served() {
        lastServedNanos = System.nanoTime();
    }

    public boolean servedWithin(Duration recent) {
        return System.nanoTime() - lastServedNanos < recent.toNanos();
    }
}
