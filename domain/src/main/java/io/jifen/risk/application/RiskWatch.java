package io.jifen.risk.application;

import io.jifen.orders.RedemptionOrder;
import io.jifen.points.PointsAccount;
import io.jifen.risk.AlertRepository;
import io.jifen.risk.AlertRule;
import io.jifen.risk.AlertSubject;
import io.jifen.risk.RiskRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Evaluates the rules where things happen, in the transaction that does them and under the
 * customer's account lock: a redemption (bursts; for courier orders, changing and shared delivery
 * addresses) and an accrual (earning spikes); and a staff sign-in, under the staff user's lock. What the rules count sits on the locked account row,
 * except for the addresses, which are read only for courier orders.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RiskWatch {
    @Inject
    RiskAlerts alerts;
    @Inject
    AlertRepository store;
    @Inject
    java.time.Clock clock;

    public void redeemed(PointsAccount account, RedemptionOrder order, Instant now) {
        var burst = alerts.setting(AlertRule.REDEMPTION_BURST);
        if (burst.enabled()) {
            long recent = account.redemptionsSince(now.minus(burst.window()));
            if (RiskRules.redemptionBurst(recent, burst)) {
                alerts.raise(burst, account, recent + " redemptions within " + burst.windowMinutes()
                        + " minutes, the latest order " + order.id() + " (" + order.pointsCharged().value() + " points)");
            }
        }
        String address = order.addressKey();
        if (address == null) {
            return;
        }
        String customer = account.customerId().value();
        var changes = alerts.setting(AlertRule.ADDRESS_CHANGES);
        if (changes.enabled()) {
            // this order's address ends the list: read back if flushed already, added otherwise (the
            // same address twice in a row is no change, so either way counts alike)
            var addresses = new java.util.ArrayList<>(store.addressesOf(customer, now.minus(changes.window())));
            addresses.add(address);
            if (RiskRules.addressChanges(addresses, changes)) {
                alerts.raise(changes, account, "delivery address changed " + RiskRules.addressChanges(addresses)
                        + " times within " + changes.windowMinutes() / (24 * 60) + " days, the latest in order "
                        + order.id());
            }
        }
        var shared = alerts.setting(AlertRule.SHARED_ADDRESS);
        if (shared.enabled()) {
            long others = store.otherCustomersAt(address, customer, now.minus(shared.window()));
            if (RiskRules.sharedAddress(others, shared)) {
                alerts.raise(shared, account, "the delivery address of order " + order.id() + " was used by "
                        + others + " other customers within " + shared.windowMinutes() / (24 * 60) + " days");
            }
        }
    }

    /**
     * A partner's call was refused (a rule, stock, points, an idempotency conflict): counted in the
     * partner's window in a transaction of its own, since the refused one rolls back.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void partnerRefused(String partnerId, String code) {
        var refusals = alerts.setting(AlertRule.PARTNER_REFUSALS);
        if (!refusals.enabled()) {
            return;
        }
        var now = clock.instant();
        long count = store.lockRefusals(partnerId, now).refused(now, refusals.window());
        if (count >= refusals.threshold()) {
            alerts.raiseOn(AlertSubject.PARTNER, partnerId, refusals, count + " refused calls within " + refusals.windowMinutes()
                    + " minutes, the latest " + code);
        }
    }

    /**
     * A staff user signed in; {@code addresses} are the distinct addresses of their sign-ins within
     * the rule's window ({@link #signInWindow()}), this one's included. The caller holds the staff
     * user's row lock, so two sign-ins at once raise one alert.
     */
    public void staffSignedIn(String username, java.util.Collection<String> addresses) {
        var signIns = alerts.setting(AlertRule.STAFF_SIGN_INS);
        if (signIns.enabled() && RiskRules.staffSignIns(addresses.size(), signIns)) {
            alerts.raiseOn(AlertSubject.STAFF, username, signIns, "signed in from " + addresses.size()
                    + " addresses within " + signIns.windowMinutes() + " minutes: " + String.join(", ", addresses));
        }
    }

    /** How far back a staff user's sign-ins count. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.time.Duration signInWindow() {
        return alerts.setting(AlertRule.STAFF_SIGN_INS).window();
    }

    public void accrued(PointsAccount account, String sourceTxnId) {
        var spike = alerts.setting(AlertRule.EARNING_SPIKE);
        if (!spike.enabled()) {
            return;
        }
        var earnings = account.latestEarnings();
        if (RiskRules.earningSpike(earnings.earlierCount(), earnings.earlierPoints(), earnings.points(),
                earnings.dayTotal(), spike)) {
            long average = earnings.earlierPoints() / earnings.earlierCount();
            alerts.raise(spike, account, "transaction " + sourceTxnId + " earned " + earnings.points()
                    + " points (" + earnings.dayTotal() + " that day) against an average of " + average + " over "
                    + earnings.earlierCount() + " earlier accruals");
        }
    }
}
