package io.jifen.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Where sealing stands, one row, locked by the server that seals. The newest ledger id is noted
 * at one run and sealed up to at a later one, at least the lag after: by then every transaction
 * that drew an id up to it has committed or rolled back, so no entry of a sealed range comes later.
 */
@Entity
@Table(name = "ledger_seal_mark")
public class LedgerSealMark {
    public static final int THE_ONE = 1;

    @Id
    @Column(name = "id")
    private int id;
    @Column(name = "sealed_to", nullable = false)
    private long sealedTo;
    @Column(name = "last_digest", nullable = false, length = 64)
    private String lastDigest;
    @Column(name = "seals", nullable = false)
    private long seals;
    @Column(name = "observed_max")
    private Long observedMax;
    @Column(name = "observed_at")
    private Instant observedAt;

    protected LedgerSealMark() {
    }

    /** The id to seal up to now, if any: the newest id noted at least {@code lag} ago (with no lag, the newest now). */
    public Long sealableTo(long newestNow, Instant now, Duration lag) {
        Long to = lag.isZero() ? Long.valueOf(newestNow)
                : observedAt != null && !observedAt.isAfter(now.minus(lag)) ? observedMax : null;
        return to != null && to > sealedTo ? to : null;
    }

    /** Notes the newest id for a later seal, unless the note still waits out its lag. */
    public void observe(long newestNow, Instant now, Duration lag) {
        if (observedAt == null || !observedAt.isAfter(now.minus(lag))) {
            observedMax = newestNow;
            observedAt = now;
        }
    }

    public LedgerSeal seal(long to, long entries, String digest, Instant at) {
        var seal = new LedgerSeal(++seals, sealedTo, to, entries, lastDigest, digest, at);
        sealedTo = to;
        lastDigest = digest;
        return seal;
    }

    public long sealedTo() { return sealedTo; }
    public String lastDigest() { return lastDigest; }
}
