package io.jifen.reporting.application;

import io.jifen.reporting.Breakage;
import io.jifen.reporting.LiabilityFigures;
import io.jifen.reporting.RollForward;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import io.jifen.shared.time.BankCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The points liability for finance: the month's roll-forward from the ledger (reconciled with the
 * accounts for the current month), what is outstanding by expiry year and by star level, and the
 * liability net of breakage estimated from closed cohorts (IFRS 15), at the cost per point.
 */
@ApplicationScoped
@Transactional
public class LiabilityService {
    @Inject
    LiabilityFigures figures;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "jifen.points.cost-per-point", defaultValue = "0.01")
    BigDecimal costPerPoint;

    public record Report(Instant asOf, RollForward rollForward, Map<Integer, Long> outstandingByExpiryYear,
                         Map<Integer, Long> outstandingByStarLevel, long outstandingPoints, BigDecimal costPerPoint,
                         BigDecimal grossLiability, Breakage breakage, BigDecimal netLiability,
                         List<RollForward> lastMonths) {
    }

    /** The report as of now, with {@code month}'s roll-forward (the current month when null) and the 12 months to it. */
    @RequiresRole({Roles.ADMIN, Roles.AUDITOR})
    public Report report(YearMonth month) {
        Instant now = clock.instant();
        YearMonth current = YearMonth.now(clock.withZone(BankCalendar.ZONE));
        YearMonth wanted = month == null ? current : month;
        long outstanding = figures.accountsBalance();
        Map<Integer, Long> byYear = new TreeMap<>();
        // a lot expires at the first instant of a bank-calendar year: it is the liability of the year before
        figures.outstandingByExpiry().forEach((expiresAt, points) ->
                byYear.merge(expiresAt.minusNanos(1).atZone(BankCalendar.ZONE).getYear(), points, Long::sum));
        List<RollForward> months = new ArrayList<>();
        for (int back = 11; back >= 0; back--) {
            YearMonth m = wanted.minusMonths(back);
            if (!m.isAfter(current)) {
                months.add(rollForward(m, current, outstanding));
            }
        }
        var breakage = figures.closedCohorts(now);
        return new Report(now, rollForward(wanted, current, outstanding), byYear, figures.outstandingByStarLevel(),
                outstanding, costPerPoint,
                costPerPoint.multiply(BigDecimal.valueOf(outstanding)).setScale(2, RoundingMode.HALF_EVEN), breakage,
                breakage.netLiability(outstanding, costPerPoint), months);
    }

    private RollForward rollForward(YearMonth month, YearMonth current, long accountsNow) {
        Instant from = month.atDay(1).atStartOfDay(BankCalendar.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(BankCalendar.ZONE).toInstant();
        if (month.equals(current)) {
            // the accounts and the ledger read in one statement, so what commits meanwhile cannot part them
            return figures.reconciled(month, from, to);
        }
        return RollForward.of(month, figures.balanceBefore(from), figures.flows(from, to), null);
    }
}
