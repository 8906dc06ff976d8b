package io.jifen.partners.application;

import io.jifen.shared.CustomerId;
import io.jifen.audit.application.AuditLog;
import io.jifen.customers.CustomerRepository;
import io.jifen.customers.UnknownCustomerException;
import io.jifen.partners.Carrier;
import io.jifen.partners.CustomerLink;
import io.jifen.partners.Partner;
import io.jifen.partners.PartnerRepository;
import io.jifen.partners.PartnerTerms;
import io.jifen.partners.Registration;
import io.jifen.partners.RegistrationSort;
import io.jifen.partners.RegistrationStatus;
import io.jifen.partners.UnknownCarrierException;
import io.jifen.partners.UnknownPartnerException;
import io.jifen.shared.Paged;
import io.jifen.shared.Sorting;
import io.jifen.shared.security.Actors;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Administrators register partners and carriers (create or replace, suspend by replacing the
 * status); core banking links customers to LINKED partners. Every change is audited, and the
 * registry's cached answers about the changed id are dropped once the change commits.
 */
@ApplicationScoped
@Transactional
public class PartnerService {
    @Inject
    PartnerRepository repository;
    @Inject
    CustomerRepository customers;
    @Inject
    AuditLog audit;
    @Inject
    Event<RegistryChanged> changes;
    @Inject
    Clock clock;

    public record SavedPartner(Partner partner, boolean created) {
    }

    public record SavedCarrier(Carrier carrier, boolean created) {
    }

    public record SavedLink(CustomerLink link, boolean created) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) implements Paged<T> {
    }

    @RequiresRole(Roles.ADMIN)
    public SavedPartner registerPartner(String partnerId, PartnerTerms terms) {
        Instant now = clock.instant();
        String by = Actors.current().name();
        var existing = repository.find(partnerId);
        existing.ifPresent(partner -> partner.replaceTerms(terms, now, by));
        Partner partner = existing.orElseGet(() -> stored(new Partner(partnerId, terms, now, by), repository::add));
        registered(RegistryChanged.Kind.PARTNER, partner, existing.isEmpty(), terms.name() + ", " + terms.status()
                + ", " + terms.scope() + ", " + terms.limits().perSecond() + "/s burst " + terms.limits().burst());
        return new SavedPartner(partner, existing.isEmpty());
    }

    @RequiresRole({Roles.ADMIN, Roles.AUDITOR})
    public Partner partner(String partnerId) {
        return repository.find(partnerId).orElseThrow(() -> new UnknownPartnerException(partnerId));
    }

    @RequiresRole({Roles.ADMIN, Roles.AUDITOR})
    public Page<Partner> partners(int page, int size) {
        return partners(Sorting.none(), page, size);
    }

    /** Partners in the order staff chose by a column (by id when none is). */
    @RequiresRole({Roles.ADMIN, Roles.AUDITOR})
    public Page<Partner> partners(Sorting<RegistrationSort> sorting, int page, int size) {
        return new Page<>(repository.partners(sorting, page * size, size), page, size, repository.countPartners());
    }

    @RequiresRole(Roles.ADMIN)
    public SavedCarrier registerCarrier(String carrierId, String name, RegistrationStatus status) {
        Instant now = clock.instant();
        String by = Actors.current().name();
        var existing = repository.findCarrier(carrierId);
        existing.ifPresent(carrier -> carrier.replace(name, status, now, by));
        Carrier carrier = existing.orElseGet(
                () -> stored(new Carrier(carrierId, name, status, now, by), repository::addCarrier));
        registered(RegistryChanged.Kind.CARRIER, carrier, existing.isEmpty(), carrier.name() + ", " + status);
        return new SavedCarrier(carrier, existing.isEmpty());
    }

    @RequiresRole({Roles.ADMIN, Roles.AUDITOR})
    public Carrier carrier(String carrierId) {
        return repository.findCarrier(carrierId).orElseThrow(() -> new UnknownCarrierException(carrierId));
    }

    @RequiresRole({Roles.ADMIN, Roles.AUDITOR})
    public Page<Carrier> carriers(int page, int size) {
        return carriers(Sorting.none(), page, size);
    }

    /** Carriers in the order staff chose by a column (by id when none is). */
    @RequiresRole({Roles.ADMIN, Roles.AUDITOR})
    public Page<Carrier> carriers(Sorting<RegistrationSort> sorting, int page, int size) {
        return new Page<>(repository.carriers(sorting, page * size, size), page, size, repository.countCarriers());
    }

    private static <T extends Registration> T stored(T registration, Consumer<T> add) {
        add.accept(registration);
        return registration;
    }

    /**
     * Audits a registration or replacement ("registered partner", "replaced carrier", …) and drops
     * the registry's cached answers about it once the change commits.
     */
    private void registered(RegistryChanged.Kind kind, Registration registration, boolean created, String terms) {
        String noun = kind.name().toLowerCase(Locale.ROOT);
        audit.record((created ? "registered " : "replaced ") + noun, noun + " " + registration.id(), terms);
        changes.fire(new RegistryChanged(kind, registration.id()));
    }

    /** The carriers an order may ship with now, for the order board's choice (service staff open it too). */
    @RequiresRole({Roles.ADMIN, Roles.FULFILMENT, Roles.SERVICE})
    public List<Carrier> activeCarriers() {
        return repository.activeCarriers();
    }

    /** Core banking records that the customer consented to be served by the partner. */
    @RequiresRole(Roles.CORE_BANKING)
    public SavedLink link(String customerId, String partnerId, Instant consentedAt) {
        customers.find(new CustomerId(customerId)).orElseThrow(() -> new UnknownCustomerException(new CustomerId(customerId)));
        repository.find(partnerId).orElseThrow(() -> new UnknownPartnerException(partnerId));
        Instant now = clock.instant();
        String by = Actors.current().name();
        var existing = repository.findLink(partnerId, customerId);
        CustomerLink link;
        if (existing.isPresent()) {
            link = existing.get();
            link.reconsent(consentedAt, now, by);
        } else {
            link = new CustomerLink(partnerId, customerId, consentedAt, now, by);
            repository.addLink(link);
        }
        audit.record("linked customer to partner", "customer " + customerId,
                "partner " + partnerId + ", consented at " + consentedAt);
        return new SavedLink(link, existing.isEmpty());
    }

    /** Core banking ends the link: the partner no longer sees the customer. Idempotent. */
    @RequiresRole(Roles.CORE_BANKING)
    public void unlink(String customerId, String partnerId) {
        if (repository.removeLink(partnerId, customerId)) {
            audit.record("unlinked customer from partner", "customer " + customerId, "partner " + partnerId);
        }
    }

    /**
     * Core banking's whole set of a customer's links (its master-data file): each listed partner
     * linked with its consent time, every other link ended. The partners must exist (see
     * {@link #unknownPartners}): an unknown one is refused before anything changes.
     */
    @RequiresRole(Roles.CORE_BANKING)
    public void replaceLinks(String customerId, java.util.Map<String, Instant> consentedAt) {
        var unknown = repository.unknownAmong(consentedAt.keySet());
        if (!unknown.isEmpty()) {
            throw new UnknownPartnerException(unknown.iterator().next());
        }
        for (String partnerId : repository.linkedPartners(customerId)) {
            if (!consentedAt.containsKey(partnerId)) {
                unlink(customerId, partnerId);
            }
        }
        consentedAt.forEach((partnerId, at) -> link(customerId, partnerId, at));
    }

    /** Which of these partner ids name no partner (one query for a file's chunk). */
    @RequiresRole({Roles.CORE_BANKING, Roles.ADMIN})
    public java.util.Set<String> unknownPartners(java.util.Collection<String> partnerIds) {
        return repository.unknownAmong(partnerIds);
    }
}
