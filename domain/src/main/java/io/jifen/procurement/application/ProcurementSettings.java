package io.jifen.procurement.application;

import io.jifen.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Procurement's configurable limits (MicroProfile Config, so also JIFEN_PROCUREMENT_* variables). */
@ApplicationScoped
public class ProcurementSettings {
    @Inject
    @ConfigProperty(name = "jifen.procurement.admin-approval-above", defaultValue = "50000.00")
    String adminApprovalAbove;
    @Inject
    @ConfigProperty(name = "jifen.procurement.reserve-percent", defaultValue = "15")
    String reservePercent;
    @Inject
    @ConfigProperty(name = "jifen.procurement.alert-thresholds", defaultValue = "80,100")
    String alertThresholds;

    /** Orders above this amount need an admin to approve them. */
    public Money adminApprovalAbove() {
        return Money.yuan(adminApprovalAbove.trim());
    }

    /** The reserve a new budget holds back unless told otherwise (15 to 20). */
    public BigDecimal defaultReservePercent() {
        return new BigDecimal(reservePercent.trim());
    }

    /** Percentages of the spendable budget at which an alert is recorded. */
    public List<Integer> alertThresholds() {
        return Arrays.stream(alertThresholds.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Integer::valueOf).sorted().toList();
    }
}
