package io.jifen.campaigns.application;

import io.jifen.audit.application.AuditLog;
import io.jifen.campaigns.AwardTrigger;
import io.jifen.campaigns.CampaignRepository;
import io.jifen.campaigns.TriggerAward;
import io.jifen.campaigns.TriggerKind;
import io.jifen.customers.CustomerProfileChanged;
import io.jifen.points.EntryType;
import io.jifen.points.LotExpiry;
import io.jifen.points.Origin;
import io.jifen.points.PointsAccrued;
import io.jifen.points.PointsRepository;
import io.jifen.points.application.LockedAccount;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.security.Actors;
import io.jifen.shared.security.RequiresRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Triggers: defined by marketing, fired by events in the same transaction as the event (an
 * accrual, a profile change) or by the daily anniversary run. Each award happens under the
 * customer's account lock after checking the (trigger, customer, event) key, which a unique
 * constraint also guards: once per customer per event, on any number of servers.
 */
@ApplicationScoped
@Transactional
public class TriggerService {
    @Inject
    CampaignRepository campaigns;
    @Inject
    PointsRepository points;
    @Inject
    LockedAccount lockedAccount;
    @Inject
    io.jifen.orders.application.RedemptionService redemptions;
    @Inject
    io.jifen.catalog.application.CatalogService catalog;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @Inject
    @ConfigProperty(name = "jifen.points.expiry-years", defaultValue = "2")
    int expiryYears;

    public record AwardPage(List<TriggerAward> items, int page, int size, long total) {
    }

    public static class UnknownTriggerException extends DomainException {
        public UnknownTriggerException(String id) {
            super(ErrorCode.NOT_FOUND, "no trigger " + id);
        }
    }

    @RequiresRole({"marketing", "admin"})
    public AwardTrigger create(AwardTrigger.Definition definition) {
        if (campaigns.triggerNameTaken(definition.name())) {
            throw new InvalidRequestException("name", "another trigger has this name");
        }
        if (definition.giftId() != null) {
            var gift = catalog.find(definition.giftId());
            if (!gift.isActive() || !gift.channels().contains(io.jifen.catalog.Channel.E_VOUCHER)) {
                throw new InvalidRequestException("giftId", "a trigger gives an active gift delivered as an e-voucher");
            }
        }
        var trigger = new AwardTrigger("T-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12),
                definition, Actors.current().name(), clock.instant());
        campaigns.addTrigger(trigger);
        audit.record("created trigger", "trigger:" + trigger.id(), trigger.name() + " (" + trigger.kind() + ", "
                + trigger.points() + " points)");
        return trigger;
    }

    @RequiresRole({"marketing", "admin"})
    public AwardTrigger deactivate(String id) {
        var trigger = find(id);
        trigger.deactivate();
        audit.record("deactivated trigger", "trigger:" + id, trigger.name());
        return trigger;
    }

    @RequiresRole({"marketing", "admin", "auditor"})
    public AwardTrigger find(String id) {
        return campaigns.findTrigger(id).orElseThrow(() -> new UnknownTriggerException(id));
    }

    @RequiresRole({"marketing", "admin", "auditor"})
    public List<AwardTrigger> list() {
        return campaigns.triggers();
    }

    @RequiresRole({"marketing", "admin", "auditor"})
    public AwardPage awards(String id, int page, int size) {
        find(id);
        return new AwardPage(campaigns.awards(id, page * size, size), page, size, campaigns.countAwards(id));
    }

    /** A transaction was accrued (its account is locked): transaction triggers fire once per transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onAccrual(@Observes PointsAccrued accrued) {
        var request = accrued.request();
        for (AwardTrigger trigger : campaigns.activeTriggers(TriggerKind.TRANSACTION)) {
            trigger.onTransaction(request.sourceTxnId(), request.activity(), request.productCode(), request.amount())
                    .ifPresent(key -> award(trigger, request.customerId(), key));
        }
    }

    /** A customer's assets or star level moved: threshold and upgrade triggers. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onProfileChange(@Observes CustomerProfileChanged change) {
        for (AwardTrigger trigger : campaigns.activeTriggers(TriggerKind.ASSETS_THRESHOLD)) {
            trigger.onAssets(change.assetsBefore(), change.assetsAfter())
                    .ifPresent(key -> award(trigger, change.customerId(), key));
        }
        for (AwardTrigger trigger : campaigns.activeTriggers(TriggerKind.STAR_UPGRADE)) {
            trigger.onStarLevel(change.levelBefore(), change.levelAfter())
                    .ifPresent(key -> award(trigger, change.customerId(), key));
        }
    }

    /**
     * Awards the day's account anniversaries; safe to run again and on several servers (the
     * award key holds). Accounts opened on 29 February celebrate on 28 February in other years.
     */
    @RequiresRole({"marketing", "admin"})
    public int awardAnniversaries(LocalDate day) {
        var triggers = campaigns.activeTriggers(TriggerKind.ANNIVERSARY);
        if (triggers.isEmpty()) {
            return 0;
        }
        List<String> customers = new java.util.ArrayList<>(campaigns.customersOpenedOn(day.getMonthValue(), day.getDayOfMonth()));
        if (day.getMonthValue() == 2 && day.getDayOfMonth() == 28 && !day.isLeapYear()) {
            customers.addAll(campaigns.customersOpenedOn(2, 29));
        }
        int awarded = 0;
        for (String customerId : customers) {
            var openedOn = customerOpenedOn(customerId);
            for (AwardTrigger trigger : triggers) {
                var key = trigger.onDay(openedOn, day);
                if (key.isPresent() && award(trigger, customerId, key.get())) {
                    awarded++;
                }
            }
        }
        return awarded;
    }

    @Inject
    io.jifen.customers.CustomerRepository customerRepository;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(io.jifen.shared.time.BankCalendar.ZONE));
    }

    private LocalDate customerOpenedOn(String customerId) {
        return customerRepository.find(customerId).map(io.jifen.customers.Customer::openedOn).orElse(null);
    }

    /**
     * Points and/or a gift, once per (trigger, customer, event). A gift that cannot be given (retired,
     * out of stock) is given as its price in points instead, so the customer never loses the award.
     */
    private boolean award(AwardTrigger trigger, String customerId, String eventKey) {
        Instant now = clock.instant();
        var account = lockedAccount.lock(customerId, now);
        if (campaigns.awarded(trigger.id(), customerId, eventKey)) {
            return false;
        }
        Instant expiresAt = new LotExpiry(expiryYears).expiresAt(now);
        String reference = "trigger:" + trigger.id() + ":" + eventKey;
        long points = trigger.points();
        String orderId = null;
        if (trigger.giftId() != null) {
            var order = redemptions.giveGift(customerId, trigger.giftId(), trigger.partnerId(),
                    new Origin(reference, trigger.name() + " (gift)", "system", now), expiresAt);
            if (order.isPresent()) {
                orderId = order.get().id();
            } else {
                points += giftValue(trigger.giftId());
            }
        }
        if (points > 0) {
            points(account, points, expiresAt, new Origin(orderId == null ? reference : reference + ":points",
                    trigger.name(), "system", now));
        }
        campaigns.addAward(new TriggerAward(trigger.id(), customerId, eventKey, points, orderId, now));
        return true;
    }

    private void points(io.jifen.points.PointsAccount account, long amount, Instant expiresAt, Origin origin) {
        this.points.store(account.earn(EntryType.ACCRUAL, amount, expiresAt, origin));
    }

    private long giftValue(String giftId) {
        try {
            return catalog.find(giftId).pointsPrice();
        } catch (DomainException unknown) {
            return 0;
        }
    }
}
