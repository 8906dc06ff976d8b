package io.jifen.partners;

import io.jifen.shared.InvalidRequestException;

/** What an administrator states when registering or replacing a partner. */
public record PartnerTerms(String name, RegistrationStatus status, CustomerScope scope, RateLimits limits) {
    public PartnerTerms {
        name = RegistryIds.requireName(name);
        if (status == null) {
            throw new InvalidRequestException("status", "ACTIVE or SUSPENDED");
        }
        if (scope == null) {
            throw new InvalidRequestException("customerScope", "ALL_CUSTOMERS or LINKED");
        }
        if (limits == null) {
            limits = RateLimits.DEFAULT;
        }
    }
}
