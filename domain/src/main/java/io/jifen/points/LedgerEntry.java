package io.jifen.points;

import io.jifen.shared.Message;
import io.jifen.shared.Messages;
import java.util.Locale;
import io.jifen.shared.CustomerId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import io.jifen.shared.Points;
import io.jifen.shared.integrity.HashChain;
import java.time.Instant;

/**
 * One change of a customer's balance, written once and never edited: a refund or reversal is a
 * new entry naming the one it undoes. Created only through the account, by named factories.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {
    @Id
    @SequenceGenerator(name = "ledger_entry_seq", sequenceName = "ledger_entry_seq", allocationSize = 1)
    // One at a time: a customer's entries then number in the order they were written, on any server.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_entry_seq")
    @Column(name = "id")
    private Long id;
    @Column(name = "customer_id", nullable = false, length = 64)
    private String customerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false, length = 16)
    private EntryType type;
    @Column(name = "points", nullable = false)
    private long points;
    @Column(name = "balance_after", nullable = false)
    private long balanceAfter;
    @Column(name = "reference", nullable = false, length = 100)
    private String reference;
    @Column(name = "description", nullable = false, length = 500)
    private String description;
    @Column(name = "actor", nullable = false, length = 100)
    private String actor;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "undoes_entry_id")
    private LedgerEntry undoes;
    /** The hash of the customer's entry before this one (HashChain.GENESIS for the first). */
    @Column(name = "prev_hash", length = 64)
    private String previousHash;
    /** SHA-256 over previousHash and this entry's content: the customer's chain (LedgerChain). */
    @Column(name = "entry_hash", length = 64)
    private String hash;

    protected LedgerEntry() {
    }

    // Private: each entry type has its factory below, so a caller cannot mix up the type, the sign of
    // the points, or reference/description/actor, which the constructor takes as three adjacent Strings.
    private LedgerEntry(CustomerId customerId, EntryType type, Points points, Points balanceAfter, String reference,
                        String description, String actor, Instant occurredAt, LedgerEntry undoes) {
        if (points.isZero()) {
            throw new IllegalArgumentException("a ledger entry changes the balance");
        }
        if (balanceAfter.isNegative()) {
            throw new IllegalStateException("a balance never goes below zero");
        }
        this.customerId = customerId.value();
        this.type = type;
        this.points = points.value();
        this.balanceAfter = balanceAfter.value();
        this.reference = reference;
        this.description = description;
        this.actor = actor;
        this.occurredAt = HashChain.storable(occurredAt);
        this.undoes = undoes;
    }

    /** Links the entry after the customer's previous one; the account does this as it writes each entry. */
    void chainAfter(String previous) {
        if (hash != null) {
            throw new IllegalStateException("entry already chained");
        }
        previousHash = previous;
        hash = hashOf(previous, customerId, type.name(), points, balanceAfter, reference, description, actor,
                occurredAt, undoes == null ? null : undoes.hash());
    }

    /**
     * The hash of an entry with this content after {@code previous}: how it was written, and how
     * the integrity check recomputes it from what the database holds.
     */
    public static String hashOf(String previous, String customerId, String type, long points, long balanceAfter,
                                String reference, String description, String actor, Instant occurredAt,
                                String undoesHash) {
        // the entry undone is named by its hash, which it has from the moment it was written (an id
        // may come later, when both are stored together)
        return HashChain.link(previous, customerId, type, points, balanceAfter, reference, description, actor,
                occurredAt, undoesHash);
    }

    private static LedgerEntry of(CustomerId customerId, EntryType type, Points points, Points balanceAfter, Origin origin,
                                  LedgerEntry undoes) {
        return new LedgerEntry(customerId, type, points, balanceAfter, origin.reference(), origin.description(),
                origin.actor(), origin.occurredAt(), undoes);
    }

    /** Points earned from the bank's activity (or a campaign's award). */
    static LedgerEntry accrual(CustomerId customerId, Points points, Points balanceAfter, Origin origin) {
        return of(customerId, EntryType.ACCRUAL, points, balanceAfter, origin, null);
    }

    /** Points spent on an order. */
    static LedgerEntry redemption(CustomerId customerId, Points points, Points balanceAfter, Origin origin) {
        return of(customerId, EntryType.REDEMPTION, points.negate(), balanceAfter, origin, null);
    }

    /** A staff correction: a credit when delta is positive, a debit when negative. */
    static LedgerEntry adjustment(CustomerId customerId, Points delta, Points balanceAfter, Origin origin) {
        return of(customerId, EntryType.ADJUSTMENT, delta, balanceAfter, origin, null);
    }

    /** Points of a redemption given back; the entry names the redemption it undoes. */
    static LedgerEntry refundOf(LedgerEntry redemption, Points points, Points balanceAfter, Origin origin) {
        return of(redemption.customerId(), EntryType.REFUND, points, balanceAfter, origin, redemption);
    }

    /** Points of an accrual taken back; the entry names the accrual it undoes. */
    static LedgerEntry reversalOf(LedgerEntry accrual, Points points, Points balanceAfter, Origin origin) {
        return of(accrual.customerId(), EntryType.REVERSAL, points.negate(), balanceAfter, origin, accrual);
    }

    /**
     * Points owed from earlier reversals, taken from points just credited. It names no entry: the
     * debt is a sum that may come from several reversals.
     */
    static LedgerEntry shortfallRecovery(CustomerId customerId, Points points, Points balanceAfter, Origin origin) {
        return new LedgerEntry(customerId, EntryType.REVERSAL, points.negate(), balanceAfter, origin.reference(),
                Message.of("ledger.recovered", points.value()).stored(), origin.actor(),
                origin.occurredAt(), null);
    }

    /** What was left in a lot when its expiry came; dated at the expiry, not when it was noticed. */
    static LedgerEntry expiryOf(Lot lot, Points points, Points balanceAfter, String actor) {
        return new LedgerEntry(lot.customerId(), EntryType.EXPIRY, points.negate(), balanceAfter, "LOT-" + lot.id(),
                Message.of("ledger.expiry", points.value(), lot.earnedAt(), lot.expiresAt()).stored(), actor,
                lot.expiresAt(), null);
    }

    /** Takes an id drawn ahead from its sequence ({@code SequenceBlocks}); only before it is stored. */
    public void numberAs(long drawnId) {
        if (id != null) {
            throw new IllegalStateException("already numbered " + id);
        }
        id = drawnId;
    }

    public Long id() { return id; }
    public CustomerId customerId() { return new CustomerId(customerId); }
    public EntryType type() { return type; }
    /** Signed: negative for a debit (redemption, reversal, expiry, a debit adjustment). */
    public Points points() { return Points.of(points); }
    public Points balanceAfter() { return Points.of(balanceAfter); }
    public String reference() { return reference; }
    /** What the entry was for, in English (as the API shows it). */
    public String description() { return Messages.stored(Locale.ENGLISH, description); }
    /** The description as the column holds it and the hash chain covers it. */
    public String storedDescription() { return description; }
    /** What the entry was for, in the reader's language; stored as a catalogue message where it can be. */
    public String description(Locale locale) { return Messages.stored(locale, description); }
    public String actor() { return actor; }
    public Instant occurredAt() { return occurredAt; }
    public LedgerEntry undoes() { return undoes; }
    public String previousHash() { return previousHash; }
    public String hash() { return hash; }
}
