package io.jifen.webhooks.application;

import io.jifen.audit.application.AuditLog;
import io.jifen.points.Lot;
import io.jifen.shared.outbox.Outbox;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import io.jifen.shared.time.BankCalendar;
import io.jifen.webhooks.DailyRun;
import io.jifen.webhooks.ExpiringPointsNotice;
import io.jifen.webhooks.WebhookEventType;
import io.jifen.webhooks.WebhookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Writes one "points.expiring" outbox event per lot that will expire within the horizon (30 days
 * by default), once per lot: the notice row remembers it, and the daily-run row both picks the
 * one server that runs it each bank day and serialises runs, so no lot is announced twice.
 */
@ApplicationScoped
public class ExpiringPointsAnnouncer {
    private static final Logger LOG = Logger.getLogger(ExpiringPointsAnnouncer.class.getName());
    private static final int BATCH = 200;

    @Inject
    WebhookRepository webhooks;
    @Inject
    Outbox outbox;
    @Inject
    WebhookSettings settings;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    ExpiringPointsAnnouncer self;

    public record Run(boolean ran, int lotsAnnounced) {
    }

    /** The scheduled run: does the day's work if no server has done it today. */
    public Run runIfNotRunToday() {
        if (!self.claimToday()) {
            return new Run(false, 0);
        }
        return new Run(true, announceAll());
    }

    /** Staff start a run now, whether or not today's has happened. */
    @RequiresRole(Roles.ADMIN)
    public Run runNow() {
        int announced = announceAll();
        audit.record("ran points-expiring announcements", "webhooks", announced + " lots announced");
        return new Run(true, announced);
    }

    private int announceAll() {
        Instant now = clock.instant();
        int total = 0;
        int announced;
        do {
            announced = self.announceBatch(now);
            total += announced;
        } while (announced == BATCH);
        if (total > 0) {
            int count = total;
            LOG.info(() -> "Announced the coming expiry of " + count + " lots");
        }
        return total;
    }

    @Transactional
    public boolean claimToday() {
        return webhooks.claimDailyRun(DailyRun.POINTS_EXPIRING, LocalDate.ofInstant(clock.instant(), BankCalendar.ZONE));
    }

    @Transactional
    public int announceBatch(Instant now) {
        webhooks.lockDailyRun(DailyRun.POINTS_EXPIRING);
        var horizon = settings.expiringHorizon();
        var lots = webhooks.unannouncedExpiringLots(now, horizon.until(now), BATCH);
        for (Lot lot : lots) {
            webhooks.addNotice(new ExpiringPointsNotice(lot.id(), lot.customerId().value(), lot.remainingPoints().value(),
                    lot.expiresAt(), now));
            outbox.record(WebhookEventType.POINTS_EXPIRING.wireName(), "lot-" + lot.id(), lot.customerId().value(),
                    Json.createObjectBuilder()
                            .add("customerId", lot.customerId().value())
                            .add("lotId", lot.id())
                            .add("points", lot.remainingPoints().value())
                            .add("earnedAt", lot.earnedAt().toString())
                            .add("expiresAt", lot.expiresAt().toString())
                            .build());
        }
        return lots.size();
    }
}
