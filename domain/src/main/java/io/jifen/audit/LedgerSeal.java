package io.jifen.audit;

import io.jifen.shared.integrity.HashChain;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A digest of the ledger entries after one id up to another, taken once every entry in the range
 * had long committed, chained to the seal before it and published in the audit log. Re-hashing a
 * customer's chain to hide an edit changes entry hashes the seal already digested.
 */
@Entity
@Table(name = "ledger_seal")
public class LedgerSeal {
    @Id
    @Column(name = "id")
    private long id;
    @Column(name = "after_entry_id", nullable = false)
    private long afterEntryId;
    @Column(name = "to_entry_id", nullable = false)
    private long toEntryId;
    @Column(name = "entries", nullable = false)
    private long entries;
    @Column(name = "previous_digest", nullable = false, length = 64)
    private String previousDigest;
    @Column(name = "digest", nullable = false, length = 64)
    private String digest;
    @Column(name = "sealed_at", nullable = false)
    private Instant sealedAt;

    protected LedgerSeal() {
    }

    public LedgerSeal(long id, long afterEntryId, long toEntryId, long entries, String previousDigest, String digest,
                      Instant sealedAt) {
        this.id = id;
        this.afterEntryId = afterEntryId;
        this.toEntryId = toEntryId;
        this.entries = entries;
        this.previousDigest = previousDigest;
        this.digest = digest;
        this.sealedAt = HashChain.storable(sealedAt);
    }

    public long id() { return id; }
    public long afterEntryId() { return afterEntryId; }
    public long toEntryId() { return toEntryId; }
    public long entries() { return entries; }
    public String previousDigest() { return previousDigest; }
    public String digest() { return digest; }
    public Instant sealedAt() { return sealedAt; }
}
