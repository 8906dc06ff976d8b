package io.jifen.customers.application;

import io.jifen.customers.CustomerProfileChanged;
import io.jifen.customers.CustomerRepository;
import io.jifen.customers.StarFigureReport;
import io.jifen.customers.StarLevel;
import io.jifen.customers.StarStanding;
import io.jifen.shared.CustomerId;
import io.jifen.shared.time.BankCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly star figures of many customers at once (the star-figures file): each report is
 * rated by the same rules as the API's ({@link io.jifen.customers.Customer#reportStarFigures}),
 * the chunk's customers are read and written in a few statements, and every customer whose
 * service level or assets moved is announced in the same transaction, so upgrade and asset
 * triggers award with the change or not at all.
 */
@ApplicationScoped
public class StarFigureReports {
    @Inject
    CustomerRepository customers;
    @Inject
    Event<CustomerProfileChanged> profileChanged;
    @Inject
    Clock clock;

    /** What became of one report. */
    public sealed interface Outcome {
        CustomerId customerId();
    }

    /** Taken: the customer's service level before and after. */
    public record Rated(CustomerId customerId, StarLevel before, StarLevel after) implements Outcome {
    }

    /** Not taken, with the field at fault and why; nothing of it was written. */
    public record Refused(CustomerId customerId, String field, String reason) implements Outcome {
    }

    /** Takes the reports in order (a customer reported twice keeps the later), answering each. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Outcome> report(List<StarFigureReport> reports) {
        var now = clock.instant();
        LocalDate today = now.atZone(BankCalendar.ZONE).toLocalDate();
        Map<CustomerId, StarStanding> standings = customers.standings(
                reports.stream().map(StarFigureReport::customerId).distinct().toList());
        Map<CustomerId, StarStanding> before = new LinkedHashMap<>(standings);
        Map<CustomerId, StarFigureReport> taken = new LinkedHashMap<>();
        List<Outcome> outcomes = new ArrayList<>(reports.size());
        for (StarFigureReport report : reports) {
            StarStanding standing = standings.get(report.customerId());
            if (standing == null) {
                outcomes.add(new Refused(report.customerId(), "customerId", "NOT_FOUND: no customer " + report.customerId()));
            } else if (standing.isNewerThan(report.periodEnd())) {
                outcomes.add(new Refused(report.customerId(), "periodEnd", "INVALID_REQUEST: the figures held are for the period ending "
                        + standing.periodEnd() + ", after " + report.periodEnd()));
            } else {
                StarStanding after = standing.after(report);
                outcomes.add(new Rated(report.customerId(), standing.serviceLevelOn(today).level(),
                        after.serviceLevelOn(today).level()));
                standings.put(report.customerId(), after);
                taken.put(report.customerId(), report);
            }
        }
        customers.replaceStarFigures(taken.values(), now);
        // once per customer, from where it stood before the chunk to where it stands after (a customer
        // reported twice moved once)
        for (CustomerId customerId : taken.keySet()) {
            StarStanding was = before.get(customerId);
            StarStanding is = standings.get(customerId);
            StarLevel levelBefore = was.serviceLevelOn(today).level();
            StarLevel levelAfter = is.serviceLevelOn(today).level();
            if (levelBefore != levelAfter || was.assets().compareTo(is.assets()) != 0) {
                profileChanged.fire(new CustomerProfileChanged(customerId, levelBefore, levelAfter, was.assets(), is.assets()));
            }
        }
        return outcomes;
    }
}
