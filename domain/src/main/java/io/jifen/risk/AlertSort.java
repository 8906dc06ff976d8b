package io.jifen.risk;

import io.jifen.shared.Sorting;

/** The columns the alert board may be sorted by. */
public enum AlertSort implements Sorting.Column {
    RAISED("a.raisedAt"), RULE("a.rule"), SUBJECT("a.subjectId"), STATUS("a.status");

    /** Newest first, as the board always listed them. */
    public static final String UNSORTED = " order by a.raisedAt desc, a.id";

    private final String path;

    AlertSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }

    /** The order by clause for the list: the chosen column then the id, or {@link #UNSORTED}. */
    public static String orderBy(Sorting<AlertSort> sorting) {
        return Sorting.orderBy(sorting, "a.id", UNSORTED);
    }
}
