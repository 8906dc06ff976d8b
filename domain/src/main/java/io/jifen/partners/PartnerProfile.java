package io.jifen.partners;

/**
 * A partner as the request path needs it: an immutable copy, safe to cache and share between
 * requests (the entity belongs to one persistence context).
 */
public record PartnerProfile(String id, String name, RegistrationStatus status, CustomerScope scope,
                             RateLimits limits) {

    public boolean isActive() {
        return status == RegistrationStatus.ACTIVE;
    }

    /** Whether the partner sees every customer, without asking whether one is linked to it. */
    public boolean seesAllCustomers() {
        return scope == CustomerScope.ALL_CUSTOMERS;
    }
}
