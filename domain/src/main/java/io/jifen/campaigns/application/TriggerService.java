package io.jifen.campaigns.application;

import io.jifen.shared.Message;
import io.jifen.shared.GiftId;
import io.jifen.shared.CustomerId;
import io.jifen.audit.application.AuditLog;
import io.jifen.campaigns.AwardTrigger;
import io.jifen.campaigns.CampaignRepository;
import io.jifen.campaigns.TriggerAward;
import io.jifen.campaigns.TriggerKind;
import io.jifen.catalog.Channel;
import io.jifen.catalog.application.CatalogService;
import io.jifen.customers.CustomerProfileChanged;
import io.jifen.partners.application.PartnerRegistry;
import io.jifen.points.PointsAccrued;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Paged;
import io.jifen.shared.security.Actors;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import io.jifen.shared.time.BankCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Triggers: defined by marketing, fired by events in the same transaction as the event (an
 * accrual, a profile change) or by the daily anniversary run; {@link TriggerAwards} makes each
 * award once per customer per event, on any number of servers.
 */
@ApplicationScoped
@Transactional
public class TriggerService {
    private static final Logger LOG = Logger.getLogger(TriggerService.class.getName());
    /** How far back a manual run may catch up a missed day. */
    static final Period CATCH_UP = Period.ofDays(7);

    @Inject
    CampaignRepository campaigns;
    @Inject
    TriggerAwards awards;
    @Inject
    CatalogService catalog;
    @Inject
    Clock clock;
    @Inject
    PartnerRegistry partners;
    @Inject
    AuditLog audit;

    public record AwardPage(List<TriggerAward> items, int page, int size, long total) implements Paged<TriggerAward> {
    }

    public static class UnknownTriggerException extends DomainException {
        public UnknownTriggerException(String id) {
            super(ErrorCode.NOT_FOUND, Message.of("unknown.trigger", id));
        }
    }

    @RequiresRole({Roles.MARKETING, Roles.ADMIN})
    public AwardTrigger create(AwardTrigger.Definition definition) {
        if (campaigns.triggerNameTaken(definition.name())) {
            throw new InvalidRequestException("name", "another trigger has this name");
        }
        if (definition.giftId() != null) {
            var gift = catalog.find(new GiftId(definition.giftId()));
            if (!gift.isActive() || !gift.channels().contains(Channel.E_VOUCHER)) {
                throw new InvalidRequestException("giftId", "a trigger gives an active gift delivered as an e-voucher");
            }
            if (partners.activePartner(definition.partnerId()).isEmpty()) {
                throw new InvalidRequestException("partnerId", "must name an active registered partner");
            }
        }
        var trigger = new AwardTrigger("T-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12),
                definition, Actors.current().name(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        campaigns.addTrigger(trigger);
        audit.record("created trigger", "trigger:" + trigger.id(), trigger.name() + " (" + trigger.kind() + ", "
                + trigger.points() + " points), awaiting a second person");
        return trigger;
    }

    /** A second person (never its creator) approves: the trigger awards from now on. */
    @RequiresRole({Roles.MARKETING, Roles.ADMIN})
    public AwardTrigger approve(String id) {
        var trigger = find(id);
        trigger.approve(Actors.current().name());
        campaigns.campaignsChanged();
        audit.record("approved trigger", "trigger:" + id, trigger.name());
        return trigger;
    }

    @RequiresRole({Roles.MARKETING, Roles.ADMIN})
    public AwardTrigger reject(String id, String reason) {
        var trigger = find(id);
        trigger.reject(Actors.current().name());
        audit.record("rejected trigger", "trigger:" + id, trigger.name() + ": " + reason);
        return trigger;
    }

    @RequiresRole({Roles.MARKETING, Roles.ADMIN})
    public AwardTrigger deactivate(String id) {
        var trigger = find(id);
        trigger.deactivate();
        campaigns.campaignsChanged();
        audit.record("deactivated trigger", "trigger:" + id, trigger.name());
        return trigger;
    }

    @RequiresRole({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    public AwardTrigger find(String id) {
        return campaigns.findTrigger(id).orElseThrow(() -> new UnknownTriggerException(id));
    }

    @RequiresRole({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    public List<AwardTrigger> list() {
        return campaigns.triggers();
    }

    @RequiresRole({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
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
                    .ifPresent(key -> awards.award(trigger, request.customerId(), key));
        }
    }

    /** A customer's assets or star level moved: threshold and upgrade triggers. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onProfileChange(@Observes CustomerProfileChanged change) {
        for (AwardTrigger trigger : campaigns.activeTriggers(TriggerKind.ASSETS_THRESHOLD)) {
            trigger.onAssets(change.assetsBefore(), change.assetsAfter())
                    .ifPresent(key -> awards.award(trigger, change.customerId(), key));
        }
        for (AwardTrigger trigger : campaigns.activeTriggers(TriggerKind.STAR_UPGRADE)) {
            trigger.onStarLevel(change.levelBefore(), change.levelAfter())
                    .ifPresent(key -> awards.award(trigger, change.customerId(), key));
        }
    }

    /**
     * Awards the day's account anniversaries; safe to run again and on several servers (the
     * award key holds). Accounts opened on 29 February celebrate on 28 February in other years.
     */
    @RequiresRole({Roles.MARKETING, Roles.ADMIN})
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int awardAnniversaries(LocalDate day) {
        LocalDate today = today();
        if (day.isAfter(today) || day.isBefore(today.minus(CATCH_UP))) {
            throw new InvalidRequestException("on", Message.of("trigger.catchUpDay",
                    String.valueOf(CATCH_UP.getDays())));
        }
        var triggers = campaigns.activeTriggers(TriggerKind.ANNIVERSARY);
        if (triggers.isEmpty()) {
            return 0;
        }
        List<String> customers = new ArrayList<>(campaigns.customersOpenedOn(day.getMonthValue(), day.getDayOfMonth()));
        if (day.getMonthValue() == 2 && day.getDayOfMonth() == 28 && !day.isLeapYear()) {
            customers.addAll(campaigns.customersOpenedOn(2, 29));
        }
        // one short transaction per customer: a bank's busiest day never holds many accounts locked
        int awarded = 0;
        for (String customerId : customers) {
            try {
                awarded += awards.awardAnniversary(triggers, new CustomerId(customerId), day);
            } catch (RuntimeException e) {
                // one customer's failure (rolled back on its own) must not cost everyone after them their award
                LOG.log(Level.WARNING, "Anniversary award for " + customerId + " on " + day + " failed", e);
            }
        }
        return awarded;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(BankCalendar.ZONE));
    }

}
