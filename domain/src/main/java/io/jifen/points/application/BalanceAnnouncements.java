package io.jifen.points.application;

import io.jifen.points.BalanceAnnounced;
import io.jifen.points.PointsRepository;
import io.jifen.shared.CustomerId;
import io.jifen.shared.outbox.Outbox;
import io.jifen.shared.persistence.SequenceBlocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * How partners hear of balance changes made many at a time (a nightly file): not one
 * {@code points.changed} event per ledger entry, which would flood them with a million deliveries,
 * but one per customer when the work is done, with the balance it left. Work run through
 * {@link #later} writes its entries without their events; {@link #announce} then writes one event
 * per customer.
 */
@ApplicationScoped
public class BalanceAnnouncements {
    private static final ThreadLocal<Boolean> LATER = new ThreadLocal<>();

    @Inject
    PointsRepository points;
    @Inject
    Event<BalanceAnnounced> announced;
    @Inject
    Clock clock;
    @Inject
    SequenceBlocks sequences;

    /** Runs the work on this thread with each entry's own event left out: the caller announces the balances after. */
    public static <T> T later(Supplier<T> work) {
        Boolean before = LATER.get();
        LATER.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (before == null) {
                LATER.remove();
            } else {
                LATER.set(before);
            }
        }
    }

    /** Whether the entries stored on this thread now are announced later, by customer. */
    static boolean announcedLater() {
        return Boolean.TRUE.equals(LATER.get());
    }

    /**
     * One event per customer with the balance now, naming what changed it (a file's id). The
     * accounts are locked (in customer order, as every bulk path locks them) so each balance is the
     * one the event's place in the customer's event order says, and the events' ids come in one block.
     */
    @Transactional
    public void announce(Collection<CustomerId> customers, String reference) {
        var now = clock.instant();
        var accounts = points.lockAccounts(customers);
        sequences.reserve(Outbox.SEQUENCE, accounts.size());
        for (var account : accounts) {
            announced.fire(new BalanceAnnounced(account.customerId(), account.balance(), reference, now));
        }
    }
}
