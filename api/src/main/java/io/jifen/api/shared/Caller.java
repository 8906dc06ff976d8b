package io.jifen.api.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the token's subject, roles and, for storefronts, the partner. */
@RequestScoped
public class Caller {
    @Inject
    JsonWebToken jwt;

    public String name() {
        return jwt.getName() == null ? jwt.getSubject() : jwt.getName();
    }

    public boolean hasRole(String role) {
        return jwt.getGroups() != null && jwt.getGroups().contains(role);
    }

    /** True when the caller is only a storefront: it sees masked personal data and its own orders. */
    public boolean isPartnerOnly() {
        return hasRole(Roles.PARTNER) && jwt.getGroups().size() == 1;
    }

    public Optional<String> partner() {
        Object claim = jwt.getClaim("partner");
        return claim == null ? Optional.empty() : Optional.of(claim.toString().replace("\"", ""));
    }
}
