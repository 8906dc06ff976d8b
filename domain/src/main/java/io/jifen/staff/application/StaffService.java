package io.jifen.staff.application;

import io.jifen.audit.application.AuditLog;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.security.Actor;
import io.jifen.shared.security.Actors;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import io.jifen.risk.application.RiskWatch;
import io.jifen.staff.StaffRole;
import io.jifen.staff.StaffSignIn;
import io.jifen.staff.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Staff accounts and signing in. */
@ApplicationScoped
@Transactional
public class StaffService {
    @PersistenceContext(unitName = "jifen")
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    RiskWatch riskWatch;

    public sealed interface SignIn {
        record Accepted(Actor actor, String displayName) implements SignIn {
        }

        record Refused(boolean locked) implements SignIn {
        }
    }

    /**
     * The answer never says whether the user exists; the failure is counted and audited. An
     * accepted sign-in records its {@code address} (the client's, as the bank's trusted proxies
     * report it), and too many addresses for one user within a while raise an alert.
     */
    public SignIn signIn(String username, char[] password, String address) {
        var now = clock.instant();
        StaffUser user = username == null ? null : em.find(StaffUser.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            Actors.runAs(new Actor(String.valueOf(username), Set.of()), () -> audit.record("sign-in refused", "staff", "unknown user, from " + address));
            return new SignIn.Refused(false);
        }
        boolean accepted = user.signIn(password, now);
        Actor actor = new Actor(user.username(),
                user.roles().stream().map(StaffRole::roleName).collect(Collectors.toUnmodifiableSet()));
        if (accepted) {
            var signIn = new StaffSignIn(user.username(), address, now);
            var addresses = addressesSince(user.username(), now.minus(riskWatch.signInWindow()));
            em.persist(signIn);
            addresses.add(signIn.address());
            riskWatch.staffSignedIn(user.username(), addresses);
        }
        Actors.runAs(actor, () -> audit.record(accepted ? "signed in" : "sign-in refused", "staff:" + user.username(),
                "from " + address + (user.isLockedAt(now) ? ", locked until " + user.lockedUntil() : "")));
        return accepted ? new SignIn.Accepted(actor, user.displayName()) : new SignIn.Refused(user.isLockedAt(now));
    }

    /** The distinct addresses the user signed in from since then. */
    private java.util.SortedSet<String> addressesSince(String username, java.time.Instant since) {
        return new java.util.TreeSet<>(em.createQuery("select distinct s.address from StaffSignIn s"
                        + " where s.username = :username and s.signedInAt >= :since", String.class)
                .setParameter("username", username).setParameter("since", since).getResultList());
    }

    @RequiresRole(Roles.ADMIN)
    public StaffUser create(String username, String displayName, char[] password, Set<StaffRole> roles) {
        if (em.find(StaffUser.class, username) != null) {
            throw new InvalidRequestException("username", "is taken");
        }
        if (password.length < 12) {
            throw new InvalidRequestException("password", "must be at least 12 characters");
        }
        var user = new StaffUser(username, displayName, password, roles, clock.instant());
        em.persist(user);
        audit.record("created staff user", "staff:" + username, "roles " + roles);
        return user;
    }

    public Optional<StaffUser> find(String username) {
        return Optional.ofNullable(em.find(StaffUser.class, username));
    }

    @RequiresRole({Roles.ADMIN, Roles.AUDITOR})
    public List<StaffUser> all() {
        return em.createQuery("select u from StaffUser u order by u.username", StaffUser.class).getResultList();
    }

    public void signedOut(Actor actor) {
        Actors.runAs(actor, () -> audit.record("signed out", "staff:" + actor.name(), null));
    }
}
