package io.jifen.points;

import io.jifen.shared.Sorting;

/** The columns a customer's ledger entries may be sorted by. */
public enum EntrySort implements Sorting.Column {
    TIME("e.occurredAt"), POINTS("e.points");

    /** Newest first (the ledger's own order), as the entries always were. */
    public static final String UNSORTED = " order by e.id desc";

    private final String path;

    EntrySort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }

    /** The order by clause for the list: the chosen column then the id, or {@link #UNSORTED}. */
    public static String orderBy(Sorting<EntrySort> sorting) {
        return Sorting.orderBy(sorting, "e.id", UNSORTED);
    }
}
