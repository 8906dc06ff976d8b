package io.jifen.demo;

import io.jifen.customers.CreditRating;
import io.jifen.customers.CustomerStatus;
import io.jifen.customers.MasterData;
import io.jifen.customers.ProductHolding;
import io.jifen.customers.RiskLevel;
import io.jifen.customers.StarPointComponent;
import io.jifen.customers.application.CustomerService;
import io.jifen.points.AccrualRequest;
import io.jifen.points.Activity;
import io.jifen.points.application.AccrualService;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo customers with points, loaded at start when JIFEN_DEMO_DATA=true and not loaded yet. It
 * goes through the same application services as the API, so the demo obeys every rule.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    public static final int AFTER_MIGRATION = jakarta.interceptor.Interceptor.Priority.APPLICATION + 100;

    @Inject
    @ConfigProperty(name = "JIFEN_DEMO_DATA", defaultValue = "false")
    boolean enabled;
    @Inject
    CustomerService customers;
    @Inject
    AccrualService accruals;
    @Inject
    Clock clock;

    void load(@Observes @Priority(AFTER_MIGRATION) @Initialized(ApplicationScoped.class) Object ignored) {
        if (!enabled) {
            return;
        }
        if (customers.exists("C-DEMO-001")) {
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
        int txn = 0;
        for (String id : new String[] {"C-DEMO-001", "C-DEMO-002", "C-DEMO-003", "C-DEMO-004", "C-DEMO-005"}) {
            for (int day = 40; day > 0; day -= 7) {
                accrue("DEMO-" + (++txn), id, Activity.DEPOSIT, "50000.00", day);
                accrue("DEMO-" + (++txn), id, Activity.CARD_SPEND, "388.00", day - 1);
            }
            accrue("DEMO-" + (++txn), id, Activity.TIME_DEPOSIT, "200000.00", 20);
        }
        LOG.info("Demo data loaded: 5 customers with points");
    }

    private void customer(String id, String name, String phone, RiskLevel risk, CreditRating rating,
                          Set<ProductHolding> holdings, Map<StarPointComponent, BigDecimal> figures) {
        customers.registerOrReplace(id, new MasterData(name, phone, CustomerStatus.ACTIVE, false, risk, rating, holdings));
        if (!figures.isEmpty()) {
            customers.reportStarFigures(id, figures, LocalDate.now(clock).withDayOfMonth(1).minusDays(1));
        }
    }

    private void accrue(String txn, String customerId, Activity activity, String amount, int daysAgo) {
        accruals.accrue(new AccrualRequest(txn, customerId, activity, new BigDecimal(amount), "CNY",
                clock.instant().minus(Duration.ofDays(daysAgo))));
    }
}
