package io.jifen.partners.application;

import io.jifen.shared.CustomerId;
import io.jifen.customers.UnknownCustomerException;
import io.jifen.partners.Carrier;
import io.jifen.partners.Partner;
import io.jifen.partners.PartnerProfile;
import io.jifen.partners.PartnerRepository;
import io.jifen.partners.RateLimits;
import io.jifen.shared.ReadMostlyCache;
import io.jifen.partners.RegistryIds;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The questions every partner and carrier call asks: is the name in the token an ACTIVE
 * registered partner (or carrier), what are its limits, may it see this customer. Registrations
 * are read through a short cache (jifen.partners.cache-seconds, default 5), so most calls add no
 * database round trip and a suspension on any server holds everywhere within those seconds.
 * Customer links are read from the database each time: they concern only LINKED partners, and an
 * unlinked customer must disappear at once.
 */
@ApplicationScoped
public class PartnerRegistry {
    @Inject
    PartnerRepository repository;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "jifen.partners.cache-seconds", defaultValue = "5")
    int cacheSeconds;

    private ReadMostlyCache<PartnerProfile> partners;
    private ReadMostlyCache<Boolean> carriers;

    @PostConstruct
    void createCaches() {
        Duration ttl = Duration.ofSeconds(Math.max(0, cacheSeconds));
        partners = new ReadMostlyCache<>(ttl, clock);
        carriers = new ReadMostlyCache<>(ttl, clock);
    }

    /** The partner a token names, when it is well formed, registered and ACTIVE; exact comparison. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PartnerProfile> activePartner(String partnerId) {
        if (!RegistryIds.isWellFormed(partnerId)) {
            return Optional.empty();
        }
        return partners.get(partnerId, id -> repository.find(id).map(Partner::profile))
                .filter(PartnerProfile::isActive);
    }

    /** A partner's registered rate limits, for the rate limiter; empty when it may not call at all. */
    public Optional<RateLimits> limitsOf(String partnerId) {
        return activePartner(partnerId).map(PartnerProfile::limits);
    }

    /** Whether the carrier a token names is registered and ACTIVE; exact comparison. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isActiveCarrier(String carrierId) {
        if (!RegistryIds.isWellFormed(carrierId)) {
            return false;
        }
        return carriers.get(carrierId, id -> repository.findCarrier(id).map(Carrier::isActive)).orElse(false);
    }

    /**
     * Whether the partner may see the customer: an ACTIVE partner serving all customers, or a
     * LINKED one the customer was linked to. Says nothing about whether the customer exists.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean maySee(String partnerId, String customerId) {
        var partner = activePartner(partnerId);
        if (partner.isEmpty()) {
            return false;
        }
        return partner.get().seesAllCustomers()
                || (customerId != null && repository.findLink(partnerId, customerId).isPresent());
    }

    /** Refuses a customer the partner may not see exactly as a customer that does not exist. */
    public void requireMaySee(String partnerId, String customerId) {
        if (!maySee(partnerId, customerId)) {
            throw new UnknownCustomerException(new CustomerId(customerId));
        }
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) RegistryChanged change) {
        switch (change.kind()) {
            case PARTNER -> partners.forget(change.id());
            case CARRIER -> carriers.forget(change.id());
        }
    }
}
