package io.jifen.customers.application;

import io.jifen.customers.Customer;
import io.jifen.customers.CustomerRegistered;
import io.jifen.customers.CustomerRepository;
import io.jifen.customers.MasterData;
import io.jifen.customers.ServiceLevelOverride;
import io.jifen.customers.StarLevel;
import io.jifen.customers.StarPointComponent;
import io.jifen.customers.UnknownCustomerException;
import io.jifen.shared.time.BankCalendar;
import io.jifen.audit.application.AuditLog;
import io.jifen.shared.security.RequiresRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Use cases on customers: core banking's master data and star figures, staff's level overrides. */
@ApplicationScoped
@Transactional
public class CustomerService {
    @Inject
    CustomerRepository customers;
    @Inject
    Event<CustomerRegistered> registered;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;

    public record Saved(Customer customer, boolean created) {
    }

    public Saved registerOrReplace(String customerId, MasterData data) {
        var now = clock.instant();
        var existing = customers.find(customerId);
        if (existing.isPresent()) {
            existing.get().replaceMasterData(data, now);
            return new Saved(existing.get(), false);
        }
        var customer = new Customer(customerId, data, now);
        customers.add(customer);
        registered.fire(new CustomerRegistered(customerId));
        return new Saved(customer, true);
    }

    public boolean exists(String customerId) {
        return customers.find(customerId).isPresent();
    }

    public Customer find(String customerId) {
        return customers.find(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
    }

    /** Staff look a customer up by id, name or phone, a page at a time (offset and limit as the grid asks). */
    @RequiresRole({"service", "admin", "auditor"})
    public List<Customer> search(String text, int offset, int limit) {
        return customers.search(text, Math.max(0, offset), Math.max(0, limit));
    }

    @RequiresRole({"service", "admin", "auditor"})
    public long count(String text) {
        return customers.count(text);
    }

    public Customer reportStarFigures(String customerId, Map<StarPointComponent, BigDecimal> figures, LocalDate periodEnd) {
        var customer = find(customerId);
        customer.reportStarFigures(figures, periodEnd, clock.instant());
        return customer;
    }

    @RequiresRole({"service", "admin"})
    public Customer overrideServiceLevel(String customerId, StarLevel level, String reason, LocalDate until, String staff) {
        var customer = find(customerId);
        customer.overrideServiceLevel(new ServiceLevelOverride(level, reason, until, staff), clock.instant());
        audit.record("overrode service level", "customer:" + customerId, level.number() + " stars until " + until + ": " + reason);
        return customer;
    }

    @RequiresRole({"service", "admin"})
    public Customer endServiceLevelOverride(String customerId) {
        var customer = find(customerId);
        customer.endServiceLevelOverride(clock.instant());
        audit.record("ended service level override", "customer:" + customerId, null);
        return customer;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(BankCalendar.ZONE));
    }
}
