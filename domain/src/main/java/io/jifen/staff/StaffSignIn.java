package io.jifen.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One accepted sign-in of a staff user and the network address it came from: what the
 * STAFF_SIGN_INS alert counts, and the history an investigator reads beside the audit log.
 */
@Entity
@Table(name = "staff_sign_in")
public class StaffSignIn {
    /** An IPv6 address in text is at most 45 characters. */
    public static final int ADDRESS_LENGTH = 64;

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "username", nullable = false, length = 64)
    private String username;
    @Column(name = "address", nullable = false, length = ADDRESS_LENGTH)
    private String address;
    @Column(name = "signed_in_at", nullable = false)
    private Instant signedInAt;

    protected StaffSignIn() {
    }

    public StaffSignIn(String username, String address, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.username = username;
        this.address = address == null || address.isBlank() ? "unknown"
                : address.length() <= ADDRESS_LENGTH ? address : address.substring(0, ADDRESS_LENGTH);
        this.signedInAt = at;
    }

    public String username() { return username; }
    public String address() { return address; }
    public Instant signedInAt() { return signedInAt; }
}
