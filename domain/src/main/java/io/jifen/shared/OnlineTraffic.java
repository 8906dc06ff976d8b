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
    /** How recent a partner call must be for the server to count as serving storefronts. */
    private static final Duration RECENT = Duration.ofSeconds(1);

    private volatile long lastServedNanos = System.nanoTime() - Duration.ofDays(1).toNanos();

    public void served() {
        lastServedNanos = System.nanoTime();
    }

    /** Whether a storefront was served in the last second. */
    public boolean isServing() {
        return System.nanoTime() - lastServedNanos < RECENT.toNanos();
    }
}
