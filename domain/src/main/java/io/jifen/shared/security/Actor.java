package io.jifen.shared.security;

import java.util.Set;

/** Who is acting: a staff member, a partner or core banking (from their token), or the system itself. */
public record Actor(String name, Set<String> roles) {
    public static final Actor SYSTEM = new Actor("system", Set.of("*"));
    public static final Actor ANONYMOUS = new Actor("anonymous", Set.of());

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean hasAnyRole(String... wanted) {
        if (roles.contains("*")) {
            return true;
        }
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
