package io.jifen.procurement.application;

import io.jifen.audit.application.AuditLog;
import io.jifen.procurement.Budget;
import io.jifen.procurement.BudgetAlert;
import io.jifen.procurement.BudgetPeriod;
import io.jifen.procurement.ProcurementRepository;
import io.jifen.procurement.UnknownBudgetException;
import io.jifen.shared.Money;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/** The budget per period: set by an admin, read by procurement and auditors. */
@ApplicationScoped
@Transactional
public class BudgetService {
    @Inject
    ProcurementRepository procurement;
    @Inject
    ProcurementSettings settings;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;

    public record BudgetWithAlerts(Budget budget, List<BudgetAlert> alerts) {
    }

    public record SetResult(Budget budget, boolean created) {
    }

    /** Creates the period's budget or changes its allocation and reserve (never below what is used). */
    @RequiresRole(Roles.ADMIN)
    public SetResult set(BudgetPeriod period, Money allocated, BigDecimal reservePercent) {
        BigDecimal reserve = reservePercent == null ? settings.defaultReservePercent() : reservePercent;
        var existing = procurement.lockBudget(period.code());
        if (existing.isPresent()) {
            existing.get().reallocate(allocated, reserve);
            audit.record("changed budget", "budget:" + period.code(), allocated + ", reserve " + reserve + "%");
            return new SetResult(existing.get(), false);
        }
        var budget = new Budget(period, allocated, reserve, clock.instant());
        procurement.addBudget(budget);
        audit.record("set budget", "budget:" + period.code(), allocated + ", reserve " + reserve + "%");
        return new SetResult(budget, true);
    }

    @RequiresRole({Roles.PROCUREMENT, Roles.ADMIN, Roles.AUDITOR})
    public BudgetWithAlerts find(BudgetPeriod period) {
        Budget budget = procurement.findBudget(period.code())
                .orElseThrow(() -> new UnknownBudgetException(period.code()));
        return new BudgetWithAlerts(budget, procurement.alerts(budget.id()));
    }

    @RequiresRole({Roles.PROCUREMENT, Roles.ADMIN, Roles.AUDITOR})
    public List<Budget> budgets() {
        return procurement.budgets();
    }

    public List<Integer> alertThresholds() {
        return settings.alertThresholds();
    }
}
