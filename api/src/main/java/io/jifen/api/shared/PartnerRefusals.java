package io.jifen.api.shared;

import io.jifen.risk.application.RiskWatch;
import io.jifen.shared.security.Roles;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tells the risk watch of each storefront call refused by a rule (the PARTNER_REFUSALS alert):
 * a partner whose refusals or idempotency conflicts spike is probing or broken. Bad requests (400)
 * do not count: they are the partner's bugs, answered field by field.
 */
@Provider
@Priority(Priorities.USER)
public class PartnerRefusals implements ContainerResponseFilter {
    private static final Logger LOG = Logger.getLogger(PartnerRefusals.class.getName());
    private static final Set<String> REFUSALS = Set.of("IDEMPOTENCY_CONFLICT", "INSUFFICIENT_POINTS", "OUT_OF_STOCK",
            "NOT_ELIGIBLE", "INVALID_STATE");

    @Inject
    RiskWatch risk;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 409 && response.getStatus() != 422) {
            return;
        }
        if (!(response.getEntity() instanceof Problem problem) || !REFUSALS.contains(problem.code())) {
            return;
        }
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken jwt) || jwt.getGroups() == null
                || !jwt.getGroups().contains(Roles.PARTNER)) {
            return;
        }
        Caller.stringClaim(jwt, "partner").ifPresent(partner -> {
            try {
                risk.partnerRefused(partner, problem.code());
            } catch (RuntimeException e) {
                // the refusal is answered whatever the watch makes of it
                LOG.log(Level.WARNING, "could not count a refusal of partner " + partner, e);
            }
        });
    }
}
