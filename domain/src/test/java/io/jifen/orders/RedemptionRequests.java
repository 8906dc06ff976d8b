package io.jifen.orders;

import io.jifen.shared.GiftId;
import io.jifen.shared.CustomerId;
import io.jifen.shared.Points;
import io.jifen.catalog.Channel;
import io.jifen.catalog.Gift;
import io.jifen.catalog.GiftCategory;
import io.jifen.catalog.GiftDetails;
import io.jifen.catalog.GiftType;
import io.jifen.customers.CreditRating;
import io.jifen.customers.Customer;
import io.jifen.customers.CustomerStatus;
import io.jifen.customers.MasterData;
import io.jifen.customers.ProductHolding;
import io.jifen.customers.RiskLevel;
import io.jifen.customers.ServiceLevelOverride;
import io.jifen.customers.StarLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Test support: builders for the customer, the gift and the {@link RedemptionRequest} eligibility
 * looks at. Every default passes every rule, so a test changes only what its rule is about.
 */
final class RedemptionRequests {
    static final Instant REGISTERED = Instant.parse("2026-01-05T01:00:00Z");
    static final Instant LISTED = Instant.parse("2026-01-06T02:00:00Z");
    static final Instant RETIRED = Instant.parse("2026-02-01T03:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final String PARTNER = "mobile-bank";
    static final String OTHER_PARTNER = "e-mall";

    private RedemptionRequests() {
    }

    static CustomerBuilder aCustomer() {
        return new CustomerBuilder();
    }

    static GiftBuilder aGift() {
        return new GiftBuilder();
    }

    static RequestBuilder aRequest() {
        return new RequestBuilder();
    }

    static final class CustomerBuilder {
        private CustomerStatus status = CustomerStatus.ACTIVE;
        private boolean blacklisted;
        private RiskLevel riskLevel = RiskLevel.LOW;
        private CreditRating creditRating = CreditRating.AA;
        private Set<ProductHolding> holdings = Set.of();
        private ServiceLevelOverride override;

        CustomerBuilder status(CustomerStatus status) {
            this.status = status;
            return this;
        }

        CustomerBuilder blacklisted() {
            this.blacklisted = true;
            return this;
        }

        CustomerBuilder riskLevel(RiskLevel riskLevel) {
            this.riskLevel = riskLevel;
            return this;
        }

        CustomerBuilder creditRating(CreditRating creditRating) {
            this.creditRating = creditRating;
            return this;
        }

        CustomerBuilder holding(ProductHolding... holdings) {
            this.holdings = Set.of(holdings);
            return this;
        }

        CustomerBuilder override(StarLevel level, LocalDate until) {
            this.override = new ServiceLevelOverride(level, "retention: large deposit expected", until, "rm.li");
            return this;
        }

        Customer build() {
            var customer = new Customer(new CustomerId("C-0001"), new MasterData("Wang Fang", "+86 138 0000 0000", status,
                    blacklisted, riskLevel, creditRating, holdings), REGISTERED);
            if (override != null) {
                customer.overrideServiceLevel(override, REGISTERED);
            }
            return customer;
        }
    }

    static final class GiftBuilder {
        private GiftType type = GiftType.PHYSICAL;
        private long pointsPrice = 100;
        private StarLevel minStarLevel;
        private CreditRating minCreditRating;
        private Set<Channel> channels = EnumSet.of(Channel.COURIER, Channel.BRANCH_PICKUP);
        private Set<String> partners = Set.of();
        private boolean retired;

        /** An e-voucher gift: delivered through the e-voucher channel only. */
        GiftBuilder eVoucher() {
            this.type = GiftType.E_VOUCHER;
            this.channels = EnumSet.of(Channel.E_VOUCHER);
            return this;
        }

        GiftBuilder price(long pointsPrice) {
            this.pointsPrice = pointsPrice;
            return this;
        }

        GiftBuilder minStarLevel(StarLevel minStarLevel) {
            this.minStarLevel = minStarLevel;
            return this;
        }

        GiftBuilder minCreditRating(CreditRating minCreditRating) {
            this.minCreditRating = minCreditRating;
            return this;
        }

        GiftBuilder channels(Channel... channels) {
            this.channels = Set.of(channels);
            return this;
        }

        GiftBuilder partners(String... partners) {
            this.partners = Set.of(partners);
            return this;
        }

        GiftBuilder retired() {
            this.retired = true;
            return this;
        }

        Gift build() {
            var gift = new Gift(new GiftId("G-0001"), new GiftDetails("SKU-TEA-01", "龙井茶礼盒", "Longjing tea gift box",
                    "明前龙井", "Pre-Qingming Longjing", GiftCategory.REGIONAL_SPECIALITIES, type, Points.of(pointsPrice),
                    minStarLevel, minCreditRating, channels, partners, new BigDecimal("88.00"), 5, null), LISTED);
            if (retired) {
                gift.retire(RETIRED);
            }
            return gift;
        }
    }

    static final class RequestBuilder {
        private CustomerBuilder customer = aCustomer();
        private GiftBuilder gift = aGift();
        private int quantity = 1;
        private String partner = PARTNER;
        private Channel channel = Channel.COURIER;
        private long balance = 1_000;
        private long redeemedThisMonth;
        private long stockAvailable = 5;
        private LocalDate today = TODAY;

        RequestBuilder customer(CustomerBuilder customer) {
            this.customer = customer;
            return this;
        }

        RequestBuilder gift(GiftBuilder gift) {
            this.gift = gift;
            return this;
        }

        RequestBuilder quantity(int quantity) {
            this.quantity = quantity;
            return this;
        }

        RequestBuilder partner(String partner) {
            this.partner = partner;
            return this;
        }

        RequestBuilder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        RequestBuilder balance(long balance) {
            this.balance = balance;
            return this;
        }

        RequestBuilder redeemedThisMonth(long redeemedThisMonth) {
            this.redeemedThisMonth = redeemedThisMonth;
            return this;
        }

        RequestBuilder stockAvailable(long stockAvailable) {
            this.stockAvailable = stockAvailable;
            return this;
        }

        RequestBuilder today(LocalDate today) {
            this.today = today;
            return this;
        }

        RedemptionRequest build() {
            return new RedemptionRequest(customer.build(), gift.build(), quantity, partner, channel, Points.of(balance),
                    Points.of(redeemedThisMonth), stockAvailable, today);
        }
    }
}
