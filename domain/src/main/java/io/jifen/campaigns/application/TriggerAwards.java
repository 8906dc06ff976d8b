package io.jifen.campaigns.application;

import io.jifen.shared.Message;
import io.jifen.shared.GiftId;
import io.jifen.shared.CustomerId;
import io.jifen.shared.Points;
import io.jifen.campaigns.AwardTrigger;
import io.jifen.campaigns.CampaignRepository;
import io.jifen.campaigns.TriggerAward;
import io.jifen.catalog.application.CatalogService;
import io.jifen.customers.Customer;
import io.jifen.customers.CustomerRepository;
import io.jifen.orders.application.GiftGrants;
import io.jifen.points.LotExpiry;
import io.jifen.points.Origin;
import io.jifen.customers.CustomerStatus;
import io.jifen.points.PointsReversed;
import jakarta.enterprise.event.Observes;
import java.time.temporal.ChronoUnit;
import io.jifen.points.PointsRepository;
import io.jifen.points.application.LockedAccount;
import io.jifen.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The award itself, under the customer's account lock: checked against the (trigger, customer,
 * event) key, which a unique constraint also guards, so it happens once on any number of servers.
 */
@ApplicationScoped
public class TriggerAwards {
    @Inject
    CampaignRepository campaigns;
    @Inject
    PointsRepository points;
    @Inject
    CustomerRepository customers;
    @Inject
    LockedAccount lockedAccount;
    @Inject
    GiftGrants giftGrants;
    @Inject
    CatalogService catalog;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "jifen.points.expiry-years", defaultValue = "2")
    int expiryYears;

    /** One customer's anniversary awards for the day, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int awardAnniversary(List<AwardTrigger> triggers, CustomerId customerId, LocalDate day) {
        LocalDate openedOn = customers.find(customerId).map(Customer::openedOn).orElse(null);
        int awarded = 0;
        for (AwardTrigger trigger : triggers) {
            var key = trigger.onDay(openedOn, day);
            if (key.isPresent() && award(trigger, customerId, key.get())) {
                awarded++;
            }
        }
        return awarded;
    }

    /**
     * Points and/or a gift, once per (trigger, customer, event). A gift that cannot be given (retired,
     * out of stock) is given as its price in points instead, so the customer never loses the award.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean award(AwardTrigger trigger, CustomerId customerId, String eventKey) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var account = lockedAccount.lock(customerId, now);
        var customer = customers.find(customerId);
        if (customer.isEmpty() || customer.get().status() != CustomerStatus.ACTIVE || customer.get().isBlacklisted()
                || campaigns.awarded(trigger.id(), customerId.value(), eventKey)) {
            return false;
        }
        Instant expiresAt = new LotExpiry(expiryYears).expiresAt(now);
        String reference = "trigger:" + trigger.id() + ":" + eventKey;
        Points points = Points.of(trigger.points());
        String orderId = null;
        if (trigger.giftId() != null) {
            var order = giftGrants.give(customerId, new GiftId(trigger.giftId()), trigger.partnerId(),
                    new Origin(reference, trigger.name() + " (gift)", "system", now), expiresAt);
            if (order.isPresent()) {
                orderId = order.get().id().value();
            } else {
                points = points.plus(giftValue(trigger.giftId()));
            }
        }
        var award = new TriggerAward(trigger.id(), customerId.value(), eventKey, points.value(), orderId, now);
        if (points.isPositive()) {
            var posting = account.accrue(points, expiresAt,
                    new Origin(orderId == null ? reference : reference + ":points", trigger.name(), "system", now));
            this.points.store(posting);
            award.recordPosting(posting.mainEntry().id(), posting.newLots().getFirst().id());
        }
        campaigns.addAward(award);
        return true;
    }

    /**
     * A reversed transaction takes back the points its transaction triggers awarded (under the
     * account lock the reversal holds; what was spent becomes a shortfall, as for any reversal).
     * A gift already issued as an e-voucher stays with the customer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onReversal(@Observes PointsReversed reversed) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (TriggerAward award : campaigns.awardsForEvent(reversed.customerId().value(), "TXN:" + reversed.sourceTxnId())) {
            if (award.isReversed() || award.entryId() == null) {
                continue;
            }
            var account = lockedAccount.lock(new CustomerId(award.customerId()), now);
            var entry = points.findEntry(award.entryId()).orElseThrow();
            var lot = points.findLot(award.lotId()).orElse(null);
            points.store(account.reverse(entry, lot, points.openLots(new CustomerId(award.customerId()), now), new Origin(
                    "trigger:" + award.triggerId() + ":reversal:" + reversed.sourceTxnId(),
                    Message.of("ledger.triggerReversal", reversed.sourceTxnId()).stored(), "system", now)));
            award.markReversed(now);
        }
    }

    private Points giftValue(String giftId) {
        try {
            return catalog.find(new GiftId(giftId)).pointsPrice();
        } catch (DomainException unknown) {
            return Points.ZERO;
        }
    }
}
