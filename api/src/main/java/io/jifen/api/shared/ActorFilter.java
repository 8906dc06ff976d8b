package io.jifen.api.shared;

import io.jifen.shared.security.Actor;
import io.jifen.shared.security.Actors;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tells the application services who calls, from the verified token, so their own role checks
 * and audit records see the same caller as the resource did. Cleared by {@link ApiRequestFilter}.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class ActorFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        var principal = request.getSecurityContext().getUserPrincipal();
        if (principal instanceof JsonWebToken jwt) {
            Set<String> groups = jwt.getGroups() == null ? Set.of() : jwt.getGroups();
            // the subject is the caller's immutable id at the bank's identity provider; a display
            // name (upn) can be changed there, and four eyes compares people by who they are
            Actors.set(new Actor(jwt.getSubject() == null ? jwt.getName() : jwt.getSubject(), groups));
        }
    }
}
