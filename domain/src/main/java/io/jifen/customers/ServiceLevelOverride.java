package io.jifen.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A relationship manager's raise of the service level: always with a reason and an end date. */
@Embeddable
public class ServiceLevelOverride {
    @Column(name = "override_level")
    private Integer level;
    @Column(name = "override_reason", length = 500)
    private String reason;
    @Column(name = "override_until")
    private LocalDate until;
    @Column(name = "override_by", length = 100)
    private String grantedBy;

    protected ServiceLevelOverride() {
    }

    public ServiceLevelOverride(StarLevel level, String reason, LocalDate until, String grantedBy) {
        Objects.requireNonNull(level, "level");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an override needs a reason");
        }
        Objects.requireNonNull(until, "until");
        this.level = level.number();
        this.reason = reason;
        this.until = until;
        this.grantedBy = grantedBy;
    }

    public StarLevel level() {
        return StarLevel.ofNumber(level);
    }

    public String reason() {
        return reason;
    }

    public LocalDate until() {
        return until;
    }

    public String grantedBy() {
        return grantedBy;
    }

    /** In force through its end date, inclusive. */
    public boolean isInForceOn(LocalDate day) {
        return level != null && !day.isAfter(until);
    }
}
