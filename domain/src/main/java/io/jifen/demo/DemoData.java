package io.jifen.demo;

import io.jifen.shared.CustomerId;
import io.jifen.catalog.Channel;
import io.jifen.shared.Points;
import io.jifen.catalog.GiftCategory;
import io.jifen.catalog.GiftDetails;
import io.jifen.catalog.GiftType;
import io.jifen.catalog.application.CatalogService;
import io.jifen.catalog.application.StockService;
import io.jifen.customers.CreditRating;
import io.jifen.customers.StarLevel;
import io.jifen.shared.security.Actor;
import io.jifen.shared.security.Actors;
import io.jifen.shared.security.Roles;
import io.jifen.staff.StaffRole;
import io.jifen.staff.application.StaffService;
import io.jifen.customers.CustomerStatus;
import io.jifen.customers.MasterData;
import io.jifen.customers.ProductHolding;
import io.jifen.customers.RiskLevel;
import io.jifen.customers.StarPointComponent;
import io.jifen.customers.application.CustomerService;
import io.jifen.points.AccrualRequest;
import io.jifen.points.Activity;
import io.jifen.points.application.AccrualService;
import io.jifen.points.application.AdjustmentService;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import io.jifen.partners.CustomerScope;
import io.jifen.partners.PartnerTerms;
import io.jifen.partners.RateLimits;
import io.jifen.partners.RegistrationStatus;
import io.jifen.partners.application.PartnerService;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.math.BigDecimal;
import java.time.Clock;
import io.jifen.campaigns.AwardTrigger;
import io.jifen.campaigns.BonusKind;
import io.jifen.campaigns.CampaignTerms;
import io.jifen.campaigns.TriggerKind;
import io.jifen.campaigns.application.CampaignService;
import io.jifen.campaigns.application.TriggerService;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo customers with points and gifts with stock, loaded at start when JIFEN_DEMO_DATA=true and not loaded yet. It
 * goes through the same application services as the API, so the demo obeys every rule.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    public static final int AFTER_MIGRATION = Interceptor.Priority.APPLICATION + 100;

    @Inject
    @ConfigProperty(name = "JIFEN_DEMO_DATA", defaultValue = "false")
    boolean enabled;
    @Inject
    CustomerService customers;
    @Inject
    AccrualService accruals;
    @Inject
    AdjustmentService adjustments;
    @Inject
    StaffService staffUsers;
    @Inject
    CatalogService catalog;
    @Inject
    StockService stock;
    @Inject
    CampaignService campaigns;
    @Inject
    TriggerService triggers;
    @Inject
    PartnerService partners;
    @Inject
    Clock clock;

    void load(@Observes @Priority(AFTER_MIGRATION) @Initialized(ApplicationScoped.class) Object ignored) {
        if (!enabled) {
            return;
        }
        Actors.runAs(Actor.SYSTEM, this::loadAsSystem);
    }

    private void loadAsSystem() {
        partnersAndCarriers();
        if (customers.exists(new CustomerId("C-DEMO-001"))) {
            LOG.info("Demo data already loaded");
            return;
        }
        customer("C-DEMO-001", "王芳", "13800000001", RiskLevel.LOW, CreditRating.AAA, Set.of(ProductHolding.PRIVATE_BANKING),
                Map.of(StarPointComponent.MEDIUM_LONG_TERM_ASSETS, new BigDecimal("9000000.00")));
        customer("C-DEMO-002", "李强", "13800000002", RiskLevel.LOW, CreditRating.AA, Set.of(ProductHolding.GOLD_CREDIT_CARD),
                Map.of(StarPointComponent.SHORT_TERM_ASSETS, new BigDecimal("150000.00"),
                        StarPointComponent.CARD_PURCHASES, new BigDecimal("60000.00")));
        customer("C-DEMO-003", "陈静", "13800000003", RiskLevel.MEDIUM, CreditRating.A, Set.of(ProductHolding.STANDARD_CREDIT_CARD),
                Map.of(StarPointComponent.SHORT_TERM_ASSETS, new BigDecimal("20000.00")));
        customer("C-DEMO-004", "张伟", "13800000004", RiskLevel.HIGH, CreditRating.BB, Set.of(), Map.of());
        customer("C-DEMO-005", "Emily Zhao", "13800000005", RiskLevel.LOW, CreditRating.AA, Set.of(ProductHolding.WEALTH_CARD),
                Map.of(StarPointComponent.INVESTMENT_TRANSACTIONS, new BigDecimal("800000.00")));
        segments();
        marketing();
        int txn = 0;
        for (String id : new String[] {"C-DEMO-001", "C-DEMO-002", "C-DEMO-003", "C-DEMO-004", "C-DEMO-005"}) {
            for (int day = 40; day > 0; day -= 7) {
                accrue("DEMO-" + (++txn), id, Activity.DEPOSIT, "50000.00", day);
                accrue("DEMO-" + (++txn), id, Activity.CARD_SPEND, "388.00", day - 1);
            }
            accrue("DEMO-" + (++txn), id, Activity.TIME_DEPOSIT, "200000.00", 20);
            migratedOpeningBalance(id);
        }
        // one request left in the queue, for the risk officer to decide in the demo
        Actors.runAs(new Actor("service", Set.of(Roles.SERVICE)), () -> adjustments.adjust(new CustomerId("C-DEMO-003"),
                Points.of(20_000), "goodwill after a branch complaint (ticket 2026-1187)"));
        gift("GIFT-EARBUDS", "无线降噪耳机", "Noise-cancelling earbuds", GiftCategory.ELECTRONICS, GiftType.PHYSICAL, 12_000, 4,
                Set.of(Channel.COURIER, Channel.BRANCH_PICKUP), "399.00", 5, Map.of("CENTRAL", 40L, "BJ-CHAOYANG", 5L));
        gift("GIFT-TEASET", "景德镇青花茶具", "Jingdezhen blue-and-white tea set", GiftCategory.REGIONAL_SPECIALITIES,
                GiftType.PHYSICAL, 6_800, 0, Set.of(Channel.COURIER, Channel.BRANCH_PICKUP), "180.00", 10,
                Map.of("CENTRAL", 60L, "SH-PUDONG", 8L));
        gift("GIFT-RICECOOKER", "智能电饭煲", "Smart rice cooker", GiftCategory.HOUSEHOLD, GiftType.PHYSICAL, 9_500, 3,
                Set.of(Channel.COURIER), "260.00", 5, Map.of("CENTRAL", 3L));
        gift("GIFT-COFFEE-50", "咖啡电子券 50 元", "Coffee e-voucher, 50 yuan", GiftCategory.DINING, GiftType.E_VOUCHER, 150, 0,
                Set.of(Channel.E_VOUCHER), "50.00", 100, Map.of("CENTRAL", 2_000L));
        gift("GIFT-LOUNGE", "机场贵宾厅单次使用", "Airport lounge visit", GiftCategory.AIRPORT_LOUNGE, GiftType.E_VOUCHER, 4_000, 5,
                Set.of(Channel.E_VOUCHER), "120.00", 20, Map.of("CENTRAL", 300L));
        gift("GIFT-HEALTHCHECK", "高端体检套餐", "Premium health check-up", GiftCategory.HEALTH_CHECKUP, GiftType.EXPERIENCE,
                30_000, 6, Set.of(Channel.BRANCH_PICKUP), "1200.00", 2, Map.of("CENTRAL", 20L));
        gift("GIFT-FEEWAIVER", "信用卡年费减免", "Credit card annual fee waiver", GiftCategory.CARD_FEE_WAIVER,
                GiftType.FINANCIAL_BENEFIT, 2_000, 4, Set.of(Channel.BRANCH_PICKUP), "0.00", 0, Map.of("CENTRAL", 10_000L));
        staff("admin", "系统管理员 Admin", StaffRole.ADMIN);
        // a second administrator, to approve what the first uploads (four eyes on a person's files)
        staff("admin2", "系统管理员二 Second admin", StaffRole.ADMIN);
        staff("procurement", "采购 Procurement", StaffRole.PROCUREMENT);
        staff("marketing", "营销 Marketing", StaffRole.MARKETING);
        staff("fulfilment", "履约 Fulfilment", StaffRole.FULFILMENT);
        staff("service", "客服 Service", StaffRole.SERVICE);
        staff("auditor", "审计 Auditor", StaffRole.AUDITOR);
        staff("risk", "风控 Risk", StaffRole.RISK);
        partners.link("C-DEMO-002", "partner-mall", clock.instant());
        LOG.info("Demo data loaded: 5 customers with points and segments, 7 gifts with stock, two campaigns, two triggers, "
                + "one staff user per role (two administrators), C-DEMO-002 linked to partner-mall");
    }

    private void segments() {
        customers.tagSegments(new CustomerId("C-DEMO-001"), Set.of("HIGH_NET_WORTH", "REGION_BJ"));
        customers.tagSegments(new CustomerId("C-DEMO-002"), Set.of("SMALL_BUSINESS_OWNER", "REGION_SH"));
        customers.tagSegments(new CustomerId("C-DEMO-003"), Set.of("RETIREE", "REGION_SH"));
        customers.tagSegments(new CustomerId("C-DEMO-004"), Set.of("REGION_GZ"));
        customers.tagSegments(new CustomerId("C-DEMO-005"), Set.of("YOUNG_PROFESSIONAL", "REGION_BJ"));
    }

    /** Over the limit for one person: customer service asks, the risk officer approves. */
    private void migratedOpeningBalance(String customerId) {
        var outcome = Actors.callAs(new Actor("service", Set.of(Roles.SERVICE)), () -> adjustments.adjust(
                new CustomerId(customerId), Points.of(30_000), "demo opening balance migrated from the old loyalty system"));
        if (outcome instanceof AdjustmentService.AwaitingApproval waiting) {
            Actors.runAs(new Actor("risk", Set.of(Roles.RISK)),
                    () -> adjustments.approve(waiting.request().id(), "demo: checked against the old system's statement"));
        }
    }

    /**
     * A running double-points campaign (drafted by marketing, approved by admin, so the demo's
     * deposits of the last two weeks earn double), one waiting for approval, and two triggers.
     */
    private void marketing() {
        var marketer = new Actor("marketing", Set.of("marketing"));
        var approver = new Actor("admin", Set.of("admin"));
        var now = clock.instant();
        String running = Actors.callAs(marketer, () -> {
            var campaign = campaigns.create(new CampaignTerms("存款双倍积分 Double points on deposits",
                    "Deposits earn double for six weeks", BonusKind.MULTIPLIER, new BigDecimal("2"), null,
                    Set.of(Activity.DEPOSIT), Set.of(), Set.of(), Set.of(), now.minus(Duration.ofDays(14)),
                    now.plus(Duration.ofDays(28)), 2_000L, 20_000, CampaignTerms.DEFAULT_HOLDOUT_PERCENT));
            campaigns.submit(campaign.id());
            return campaign.id();
        });
        Actors.runAs(approver, () -> campaigns.approve(running, "demo: approved"));
        Actors.runAs(marketer, () -> {
            var pending = campaigns.create(new CampaignTerms("春节刷卡礼 Spring Festival card bonus",
                    "100 extra points per card purchase for wealth customers", BonusKind.FIXED_BONUS, null, 100L,
                    Set.of(Activity.CARD_SPEND), Set.of(), Set.of(StarLevel.FIVE_STARS, StarLevel.SIX_STARS, StarLevel.SEVEN_STARS),
                    Set.of(), now.plus(Duration.ofDays(60)), now.plus(Duration.ofDays(75)), 1_000L, 100_000, 10));
            campaigns.submit(pending.id());
        });
        // triggers, as campaigns, are approved by a second person
        var remittance = Actors.callAs(marketer, () -> triggers.create(new AwardTrigger.Definition(
                "跨境汇款奖励 Cross-border remittance", TriggerKind.TRANSACTION, Activity.SETTLEMENT,
                "CROSS_BORDER_REMITTANCE", new BigDecimal("1000.00"), null, null, 200)));
        var fiveStars = Actors.callAs(marketer, () -> triggers.create(new AwardTrigger.Definition(
                "升级五星礼 Welcome to five stars", TriggerKind.STAR_UPGRADE, null, null, null, null, StarLevel.FIVE_STARS,
                1_000)));
        Actors.runAs(approver, () -> {
            triggers.approve(remittance.id());
            triggers.approve(fiveStars.id());
        });
    }

    /**
     * The partners and carriers the README's examples use, each registered unless it already is
     * (so a demo database loaded before registration existed gains them too).
     */
    private void partnersAndCarriers() {
        partner("acme", "Acme 手机银行 Mobile banking app", CustomerScope.ALL_CUSTOMERS);
        partner("kiosk", "网点自助终端 Branch kiosks", CustomerScope.ALL_CUSTOMERS);
        partner("partner-mall", "合作商城 Partner mall", CustomerScope.LINKED);
        carrier("SF", "顺丰速运 SF Express");
        carrier("EMS", "中国邮政 EMS");
        carrier("YTO", "圆通速递 YTO Express");
    }

    private void partner(String id, String name, CustomerScope scope) {
        if (partners.partners(0, 200).items().stream().noneMatch(p -> p.id().equals(id))) {
            partners.registerPartner(id, new PartnerTerms(name, RegistrationStatus.ACTIVE, scope, RateLimits.DEFAULT));
        }
    }

    private void carrier(String id, String name) {
        if (partners.carriers(0, 200).items().stream().noneMatch(c -> c.id().equals(id))) {
            partners.registerCarrier(id, name, RegistrationStatus.ACTIVE);
        }
    }

    /** Demo staff all share the password in the README; a real bank creates its own users. */
    public static final String DEMO_PASSWORD = "jifen-demo-2026";

    private void staff(String username, String name, StaffRole role) {
        staffUsers.create(username, name, DEMO_PASSWORD.toCharArray(), Set.of(role));
    }

    private void gift(String sku, String nameZh, String nameEn, GiftCategory category, GiftType type, long price,
                      int minStars, Set<Channel> channels, String unitCost, int threshold, Map<String, Long> stockAt) {
        var gift = catalog.addGift(new GiftDetails(sku, nameZh, nameEn, nameZh, nameEn, category, type, Points.of(price),
                StarLevel.ofNumber(minStars), null, channels, Set.of(), new BigDecimal(unitCost), threshold, null));
        stockAt.forEach((location, units) -> stock.adjust(gift.id(), location, units, "demo opening stock"));
    }

    private void customer(String id, String name, String phone, RiskLevel risk, CreditRating rating,
                          Set<ProductHolding> holdings, Map<StarPointComponent, BigDecimal> figures) {
        customers.registerOrReplace(new CustomerId(id), new MasterData(name, phone, CustomerStatus.ACTIVE, false, risk, rating, holdings));
        if (!figures.isEmpty()) {
            customers.reportStarFigures(new CustomerId(id), figures, LocalDate.now(clock).withDayOfMonth(1).minusDays(1));
        }
    }

    private void accrue(String txn, String customerId, Activity activity, String amount, int daysAgo) {
        accruals.accrue(new AccrualRequest(txn, new CustomerId(customerId), activity, new BigDecimal(amount), "CNY",
                clock.instant().minus(Duration.ofDays(daysAgo))));
    }
}
