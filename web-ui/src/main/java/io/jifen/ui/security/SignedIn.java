package io.jifen.ui.security;

import com.vaadin.flow.server.VaadinSession;
import io.jifen.shared.security.Actor;
import io.jifen.shared.security.Actors;
import java.io.Serializable;
import java.util.Optional;

/** The staff member signed in to this browser session. */
public record SignedIn(Actor actor, String displayName) implements Serializable {
    /** Also read by {@link UiActorFilter} straight from the HTTP session. */
    static final String ATTRIBUTE = "jifen.signed-in";

    public static Optional<SignedIn> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty()
                : Optional.ofNullable((SignedIn) session.getSession().getAttribute(ATTRIBUTE));
    }

    public static void start(SignedIn signedIn) {
        VaadinSession.getCurrent().getSession().setAttribute(ATTRIBUTE, signedIn);
        // this request began anonymous; the navigation that follows acts as the new user
        Actors.set(signedIn.actor());
    }

    public static void end() {
        VaadinSession.getCurrent().getSession().invalidate();
    }

    public boolean hasAnyRole(String... roles) {
        return actor.hasAnyRole(roles);
    }
}
