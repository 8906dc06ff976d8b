package io.jifen.points;

import io.jifen.shared.Points;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What one operation on an account wrote: entries, new lots and lot movements, to be stored together. */
public final class Posting {
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final List<Lot> newLots = new ArrayList<>();
    private final List<LotMovement> movements = new ArrayList<>();
    private Points shortfallRecorded = Points.ZERO;

    void add(LedgerEntry entry) {
        entries.add(entry);
    }

    void add(Lot lot) {
        newLots.add(lot);
    }

    void add(LotMovement movement) {
        movements.add(movement);
    }

    void recordShortfall(Points points) {
        shortfallRecorded = shortfallRecorded.plus(points);
    }

    public List<LedgerEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public List<Lot> newLots() {
        return Collections.unmodifiableList(newLots);
    }

    public List<LotMovement> movements() {
        return Collections.unmodifiableList(movements);
    }

    /** Points a reversal could not take back because they were already spent. */
    public Points shortfallRecorded() {
        return shortfallRecorded;
    }

    /** The entry the caller asked for (the first written), if any points moved. */
    public LedgerEntry mainEntry() {
        return entries.isEmpty() ? null : entries.getFirst();
    }

    public Points netPoints() {
        return Points.sum(entries.stream().map(LedgerEntry::points));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
