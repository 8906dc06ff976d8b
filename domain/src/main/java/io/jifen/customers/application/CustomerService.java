package io.jifen.customers.application;

import io.jifen.shared.CustomerId;
import io.jifen.customers.Customer;
import io.jifen.customers.CustomerProfileChanged;
import io.jifen.customers.CustomerRegistered;
import io.jifen.customers.CustomerRepository;
import io.jifen.customers.CustomerSort;
import io.jifen.customers.MasterData;
import io.jifen.customers.PersonalDataPolicy;
import io.jifen.customers.ServiceLevelOverride;
import io.jifen.customers.StarLevel;
import io.jifen.customers.StarPointComponent;
import io.jifen.customers.UnknownCustomerException;
import io.jifen.shared.Sorting;
import io.jifen.shared.security.Roles;
import io.jifen.shared.time.BankCalendar;
import io.jifen.audit.application.AuditLog;
import io.jifen.shared.security.AccessDeniedException;
import io.jifen.shared.security.Actors;
import io.jifen.shared.security.RequiresRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Use cases on customers: core banking's master data and star figures, staff's level overrides. */
@ApplicationScoped
@Transactional
public class CustomerService {
    @Inject
    CustomerRepository customers;
    @Inject
    Event<CustomerRegistered> registered;
    @Inject
    Event<CustomerProfileChanged> profileChanged;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;

    public record Saved(Customer customer, boolean created) {
    }

    /** What core banking may also report for marketing; a null part is left as it was. */
    public record MarketingData(Set<String> segments, LocalDate openedOn) {
        public static final MarketingData UNCHANGED = new MarketingData(null, null);
    }

    public Saved registerOrReplace(CustomerId customerId, MasterData data) {
        return registerOrReplace(customerId, data, MarketingData.UNCHANGED);
    }

    public Saved registerOrReplace(CustomerId customerId, MasterData data, MarketingData marketing) {
        var now = clock.instant();
        var existing = customers.find(customerId);
        if (existing.isPresent()) {
            Customer customer = existing.get();
            var before = snapshot(customer, now);
            customer.replaceMasterData(data, now);
            applyMarketing(customer, marketing, now);
            announce(customer, before, now);
            return new Saved(customer, false);
        }
        var customer = new Customer(customerId, data, now);
        applyMarketing(customer, marketing, now);
        customers.add(customer);
        registered.fire(new CustomerRegistered(customerId));
        return new Saved(customer, true);
    }

    /** Staff tag a customer with marketing segments (replacing the ones they had). */
    @RequiresRole({Roles.MARKETING, Roles.SERVICE, Roles.ADMIN})
    public Customer tagSegments(CustomerId customerId, Set<String> segments) {
        var customer = find(customerId);
        customer.tagSegments(segments, clock.instant());
        audit.record("tagged segments", "customer:" + customerId, String.join(",", customer.segments()));
        return customer;
    }

    private void applyMarketing(Customer customer, MarketingData marketing, Instant now) {
        if (marketing.segments() != null) {
            customer.tagSegments(marketing.segments(), now);
        }
        if (marketing.openedOn() != null) {
            customer.recordAccountOpenedOn(marketing.openedOn(), now);
        }
    }

    private record Snapshot(StarLevel level, BigDecimal assets) {
    }

    private Snapshot snapshot(Customer customer, Instant now) {
        return new Snapshot(customer.serviceLevelOn(now.atZone(BankCalendar.ZONE).toLocalDate()).level(), customer.assets());
    }

    private void announce(Customer customer, Snapshot before, Instant now) {
        var after = snapshot(customer, now);
        if (after.level() != before.level() || after.assets().compareTo(before.assets()) != 0) {
            profileChanged.fire(new CustomerProfileChanged(customer.id(), before.level(), after.level(),
                    before.assets(), after.assets()));
        }
    }

    public boolean exists(CustomerId customerId) {
        return customers.find(customerId).isPresent();
    }

    public Customer find(CustomerId customerId) {
        return customers.find(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
    }

    /**
     * Staff look a customer up, a page at a time (offset and limit as the grid asks): by id, name or
     * phone when they see personal data whole, by id alone otherwise, and a masked role's query
     * shaped like a phone or a name is refused ({@link PersonalDataPolicy#search}).
     */
    @RequiresRole({Roles.SERVICE, Roles.ADMIN, Roles.AUDITOR})
    public List<Customer> search(String text, int offset, int limit) {
        return search(text, Sorting.none(), offset, limit);
    }

    /**
     * The same, in the order staff chose by a column (by id when none is). Only a role that sees
     * names whole may order by name: for a masked role the order would tell what the mask hides.
     */
    @RequiresRole({Roles.SERVICE, Roles.ADMIN, Roles.AUDITOR})
    public List<Customer> search(String text, Sorting<CustomerSort> sorting, int offset, int limit) {
        var by = searchBy(text);
        if (sorting != null && sorting.column() == CustomerSort.NAME
                && PersonalDataPolicy.search(Actors.current().roles(), "")
                != PersonalDataPolicy.SearchAllowance.ID_NAME_OR_PHONE) {
            throw new AccessDeniedException(Actors.current().name(),
                    "sort customers by name (personal data it sees masked); sort by id or status");
        }
        return customers.search(text, by, sorting, Math.max(0, offset), Math.max(0, limit));
    }

    @RequiresRole({Roles.SERVICE, Roles.ADMIN, Roles.AUDITOR})
    public long count(String text) {
        return customers.count(text, searchBy(text));
    }

    private static CustomerRepository.SearchBy searchBy(String text) {
        var actor = Actors.current();
        return switch (PersonalDataPolicy.search(actor.roles(), text)) {
            case ID_NAME_OR_PHONE -> CustomerRepository.SearchBy.ID_NAME_OR_PHONE;
            case ID -> CustomerRepository.SearchBy.ID;
            case REFUSED -> throw new AccessDeniedException(actor.name(),
                    "search customers by phone or name (personal data it sees masked); search by customer id");
        };
    }

    public Customer reportStarFigures(CustomerId customerId, Map<StarPointComponent, BigDecimal> figures, LocalDate periodEnd) {
        var customer = find(customerId);
        var now = clock.instant();
        var before = snapshot(customer, now);
        customer.reportStarFigures(figures, periodEnd, now);
        announce(customer, before, now);
        return customer;
    }

    @RequiresRole({Roles.SERVICE, Roles.ADMIN})
    public Customer overrideServiceLevel(CustomerId customerId, StarLevel level, String reason, LocalDate until) {
        var customer = find(customerId);
        var before = snapshot(customer, clock.instant());
        customer.overrideServiceLevel(new ServiceLevelOverride(level, reason, until, Actors.current().name()), clock.instant());
        announce(customer, before, clock.instant());
        audit.record("overrode service level", "customer:" + customerId, level.number() + " stars until " + until + ": " + reason);
        return customer;
    }

    @RequiresRole({Roles.SERVICE, Roles.ADMIN})
    public Customer endServiceLevelOverride(CustomerId customerId) {
        var customer = find(customerId);
        customer.endServiceLevelOverride(clock.instant());
        audit.record("ended service level override", "customer:" + customerId, null);
        return customer;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(BankCalendar.ZONE));
    }
}
