package io.jifen.api.shared;

import io.jifen.shared.security.Actors;
import io.jifen.shared.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the token's subject, roles and, for storefronts, the partner. */
@RequestScoped
public class Caller {
    @Inject
    JsonWebToken jwt;

    /** Who acts, exactly as the services record it ({@link ActorFilter}: the token's immutable subject). */
    public String name() {
        return Actors.current().name();
    }

    public boolean hasRole(String role) {
        return jwt.getGroups() != null && jwt.getGroups().contains(role);
    }

    /** True when the caller is only a storefront: it sees masked personal data and its own orders. */
    public boolean isPartnerOnly() {
        return hasRole(Roles.PARTNER) && jwt.getGroups().size() == 1;
    }

    /**
     * The partner the token names, exactly as written; empty unless the claim is a JSON string.
     * {@link RegistryFilter} has already refused any partner call whose claim names no ACTIVE
     * registered partner, so a present value is one.
     */
    public Optional<String> partner() {
        return stringClaim(jwt, "partner");
    }

    /** The carrier the token names, exactly as written; checked like the partner by {@link RegistryFilter}. */
    public Optional<String> carrier() {
        return stringClaim(jwt, "carrier");
    }

    /** A claim's value when it is a JSON string; numbers, arrays, objects and absence are all empty. */
    public static Optional<String> stringClaim(JsonWebToken token, String name) {
        Object claim = token.getClaim(name);
        if (claim instanceof String text) {
            return Optional.of(text);
        }
        if (claim instanceof JsonString text) {
            return Optional.of(text.getString());
        }
        return Optional.empty();
    }
}
