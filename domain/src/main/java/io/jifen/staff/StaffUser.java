package io.jifen.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A member of staff who signs in to the admin UI. */
@Entity
@Table(name = "staff_user")
public class StaffUser {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_OUT = Duration.ofMinutes(15);

    @Id
    @Column(name = "username", length = 64)
    private String username;
    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "username"))
    @Enumerated(EnumType.STRING)
    @Column(name = "staff_role", length = 16)
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StaffUser() {
    }

    public StaffUser(String username, String displayName, char[] password, Set<StaffRole> roles, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = PasswordHash.of(password);
        this.roles.addAll(roles);
        this.createdAt = now;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Checks a password. Each failure counts; the fifth in a row locks the account for a while,
     * and a locked account refuses even the right password until the lock ends.
     */
    public boolean signIn(char[] password, Instant now) {
        if (isLockedAt(now)) {
            return false;
        }
        if (PasswordHash.matches(password, passwordHash)) {
            failedAttempts = 0;
            lockedUntil = null;
            return true;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK_OUT);
            failedAttempts = 0;
        }
        return false;
    }

    public String username() { return username; }
    public String displayName() { return displayName; }
    public Set<StaffRole> roles() { return Collections.unmodifiableSet(roles); }
    public int failedAttempts() { return failedAttempts; }
    public Instant lockedUntil() { return lockedUntil; }
}
