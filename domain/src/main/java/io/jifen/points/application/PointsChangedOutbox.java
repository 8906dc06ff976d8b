package io.jifen.points.application;

import io.jifen.points.BalanceAnnounced;
import io.jifen.points.PointsChanged;
import io.jifen.shared.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;

/**
 * The one writer of {@code points.changed} outbox events, one per ledger entry whoever stored it
 * (accrual, redemption, refunds, expiry, adjustments, reversals). It observes synchronously, so the
 * event is written in the transaction that stored the entry and commits or rolls back with it.
 * Entries stored many at a time for a file are announced instead once per customer when the file
 * is done ({@link BalanceAnnouncements}), with {@code entryType} FILE, the balance then and the
 * file as the reference.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PointsChangedOutbox {
    @Inject
    Outbox outbox;

    void record(@Observes PointsChanged changed) {
        if (BalanceAnnouncements.announcedLater()) {
            return;
        }
        var entry = changed.entry();
        outbox.record("points.changed", String.valueOf(entry.id()), entry.customerId().value(), Json.createObjectBuilder()
                .add("customerId", entry.customerId().value())
                .add("entryId", entry.id())
                .add("entryType", entry.type().name())
                .add("points", entry.points().value())
                .add("balanceAfter", entry.balanceAfter().value())
                .add("reference", entry.reference())
                .add("occurredAt", entry.occurredAt().toString())
                .build());
    }

    void record(@Observes BalanceAnnounced announced) {
        outbox.record("points.changed", announced.reference(),
                announced.customerId().value(), Json.createObjectBuilder()
                        .add("customerId", announced.customerId().value())
                        .add("entryType", "FILE")
                        .add("balanceAfter", announced.balance().value())
                        .add("reference", announced.reference())
                        .add("occurredAt", announced.at().toString())
                        .build());
    }
}
