package io.jifen.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A partner's refusals in the current window, counted under the row's lock on whichever server refuses. */
@Entity
@Table(name = "partner_refusal_window")
public class PartnerRefusalWindow {
    @Id
    @Column(name = "partner_id", length = 64)
    private String partnerId;
    @Column(name = "window_start", nullable = false)
    private Instant windowStart;
    @Column(name = "refusals", nullable = false)
    private long refusals;

    protected PartnerRefusalWindow() {
    }

    public PartnerRefusalWindow(String partnerId, Instant at) {
        this.partnerId = partnerId;
        this.windowStart = at;
    }

    /** Counts one more refusal at {@code at}; a window older than {@code length} starts afresh. Answers the count. */
    public long refused(Instant at, Duration length) {
        if (windowStart.isBefore(at.minus(length))) {
            windowStart = at;
            refusals = 0;
        }
        return ++refusals;
    }
}
