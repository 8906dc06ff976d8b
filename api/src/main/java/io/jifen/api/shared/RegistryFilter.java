package io.jifen.api.shared;

import io.jifen.partners.application.PartnerRegistry;
import io.jifen.shared.security.AccessDeniedException;
import io.jifen.shared.security.Roles;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The one gate for storefronts and carriers, before any resource runs: a token in the partner
 * role must carry a {@code partner} claim that is a JSON string naming an ACTIVE registered
 * partner, compared exactly; a carrier token likewise its {@code carrier} claim. Anything else
 * (missing, a number, an array, an object, unknown, suspended) is 403 for every operation.
 * A LINKED partner naming a customer it is not linked to, in the path or the query, gets 404 as
 * if the customer did not exist (customers named in a body are checked by the services).
 * Registry answers are cached for a few seconds, so this adds no database round trip to most calls.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 20)
public class RegistryFilter implements ContainerRequestFilter {
    private static final String CUSTOMER = "customerId";

    @Inject
    PartnerRegistry registry;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken jwt) || jwt.getGroups() == null) {
            return;
        }
        if (jwt.getGroups().contains(Roles.PARTNER)) {
            String partner = Caller.stringClaim(jwt, "partner")
                    .filter(id -> registry.activePartner(id).isPresent())
                    .orElseThrow(() -> new AccessDeniedException(subject(jwt), "act as a partner: the token's partner"
                            + " claim names no active registered partner"));
            for (String customer : customersNamed(request)) {
                registry.requireMaySee(partner, customer);
            }
        }
        if (jwt.getGroups().contains(Roles.CARRIER)
                && Caller.stringClaim(jwt, "carrier").filter(registry::isActiveCarrier).isEmpty()) {
            throw new AccessDeniedException(subject(jwt), "act as a carrier: the token's carrier claim names no active"
                    + " registered carrier");
        }
    }

    private static List<String> customersNamed(ContainerRequestContext request) {
        var named = new ArrayList<String>();
        named.addAll(request.getUriInfo().getPathParameters().getOrDefault(CUSTOMER, List.of()));
        named.addAll(request.getUriInfo().getQueryParameters().getOrDefault(CUSTOMER, List.of()));
        named.removeIf(id -> id == null || id.isBlank());
        return named;
    }

    private static String subject(JsonWebToken jwt) {
        return jwt.getName() == null ? String.valueOf(jwt.getSubject()) : jwt.getName();
    }
}
