package io.jifen.orders.application;

import io.jifen.shared.Message;
import io.jifen.shared.OrderId;
import io.jifen.shared.GiftId;
import io.jifen.shared.CustomerId;
import io.jifen.catalog.Channel;
import io.jifen.catalog.Gift;
import io.jifen.catalog.StockLocation;
import io.jifen.catalog.application.CatalogService;
import io.jifen.catalog.application.StockService;
import io.jifen.orders.Fulfilment;
import io.jifen.orders.OrderRepository;
import io.jifen.orders.OrderStatusChanged;
import io.jifen.orders.RedemptionCodes;
import io.jifen.orders.RedemptionOrder;
import io.jifen.partners.application.PartnerRegistry;
import io.jifen.points.Origin;
import io.jifen.points.PointsRepository;
import io.jifen.points.application.LockedAccount;
import io.jifen.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Gifts given by marketing triggers, at no cost to the customer. Campaigns decide when a gift is
 * due; orders make it an order like any other (board, webhooks, refunds).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class GiftGrants {
    private static final RedemptionCodes CODES = new RedemptionCodes();

    @Inject
    LockedAccount lockedAccount;
    @Inject
    PointsRepository points;
    @Inject
    CatalogService catalog;
    @Inject
    StockService stock;
    @Inject
    OrderRepository orders;
    @Inject
    PartnerRegistry partners;
    @Inject
    Event<OrderStatusChanged> statusChanged;
    @Inject
    Clock clock;

    /**
     * In the caller's transaction, with the account already locked, the gift's price is granted
     * (an ACCRUAL under the award's reference) and redeemed at once for an e-voucher order through
     * the named partner, so the balance is unchanged. Answers nothing when the gift is retired, not
     * an e-voucher or out of stock, or the customer owes points; the caller decides what the
     * customer gets instead.
     */
    public Optional<RedemptionOrder> give(CustomerId customerId, GiftId giftId, String partnerId,
                                          Origin award, Instant expiresAt) {
        Instant now = clock.instant();
        var account = lockedAccount.lock(customerId, now);
        Gift gift;
        try {
            gift = catalog.find(giftId);
        } catch (DomainException unknown) {
            return Optional.empty();
        }
        // a customer who owes points (a shortfall) would see the grant go to the debt and the
        // redemption fail: they get the gift's value in points instead, which pays the debt first
        // the storefront must still be active and allowed to see this customer (a LINKED mall
        // only its linked customers); otherwise the customer gets the points instead
        if (account.shortfall().isPositive() || !partners.maySee(partnerId, customerId.value())
                || !gift.isActive() || !gift.channels().contains(Channel.E_VOUCHER)
                || !stock.tryTake(gift.id(), StockLocation.CENTRAL, 1)) {
            return Optional.empty();
        }
        points.store(account.accrue(gift.pointsPrice(), expiresAt, award));
        OrderId orderId = RedemptionOrder.newId();
        var posting = account.redeemGranted(gift.pointsPrice(), points.openLots(customerId, now),
                new Origin(orderId.value(), Message.of("ledger.giftGrant", gift.nameZh(), gift.sku(),
                        award.description()).stored(),
                        award.actor(), now));
        points.store(posting);
        var order = new RedemptionOrder(orderId, partnerId, customerId, gift.id(), 1, gift.pointsPrice(),
                new Fulfilment(Channel.E_VOUCHER, null, null), StockLocation.CENTRAL,
                posting.mainEntry().id(), now, award.actor());
        order.issueVoucher(CODES.voucherCode(), now, "system");
        orders.add(order);
        order.history().forEach(change -> statusChanged.fire(new OrderStatusChanged(order, change)));
        return Optional.of(order);
    }
}
