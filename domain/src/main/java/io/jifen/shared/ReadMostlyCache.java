package io.jifen.shared;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Read-mostly answers (a partner's registration, a gift on offer) kept for a few seconds,
 * absences included, so the check on every call costs no database round trip, while a change made
 * on another server still takes effect within the time to live. Changes made on this server drop
 * the entry at once. What it keeps is shared between threads: callers never change it.
 */
public final class ReadMostlyCache<V> {
    /** Past this many entries (tokens naming ever new unknown ids) the cache starts over. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry<V>(Optional<V> value, Instant loadedAt) {
    }

    private final ConcurrentHashMap<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final Clock clock;

    public ReadMostlyCache(Duration timeToLive, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    public Optional<V> get(String key, Function<String, Optional<V>> load) {
        Instant now = clock.instant();
        Entry<V> entry = entries.get(key);
        if (entry != null && now.isBefore(entry.loadedAt().plus(timeToLive))) {
            return entry.value();
        }
        Optional<V> value = load.apply(key);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, now));
        return value;
    }

    public void forget(String key) {
        entries.remove(key);
    }

    public void forgetAll() {
        entries.clear();
    }

    /**
     * For a change made in the current transaction: drops the entry now and again when the
     * transaction ends, so a read racing the change (seeing the rows before it commits) cannot keep
     * the old answer for the whole time to live.
     */
    public void forgetThrough(TransactionSynchronizationRegistry transaction, String key) {
        forget(key);
        afterTransaction(transaction, () -> forget(key));
    }

    /** As {@link #forgetThrough}, for every entry. */
    public void forgetAllThrough(TransactionSynchronizationRegistry transaction) {
        forgetAll();
        afterTransaction(transaction, this::forgetAll);
    }

    private static void afterTransaction(TransactionSynchronizationRegistry transaction, Runnable forget) {
        if (transaction.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                forget.run();
            }
        });
    }
}
