package io.jifen.catalog;

import io.jifen.shared.Sorting;

/** The columns the low-stock warnings may be sorted by; the SKU is the gift's, read as g. */
public enum WarningSort implements Sorting.Column {
    RAISED("w.raisedAt"), THRESHOLD("w.threshold"), SKU("g.sku");

    /** Newest warning first, as the list always was. */
    public static final String UNSORTED = " order by w.raisedAt desc, w.id desc";

    private final String path;

    WarningSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }

    /** Whether the column is the gift's, so the query joins the gift. */
    public boolean readsGift() {
        return path.startsWith("g.");
    }

    /** The order by clause for the list: the chosen column then the id, or {@link #UNSORTED}. */
    public static String orderBy(Sorting<WarningSort> sorting) {
        return Sorting.orderBy(sorting, "w.id", UNSORTED);
    }
}
