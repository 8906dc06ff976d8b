package io.jifen.webhooks;

import io.jifen.shared.Sorting;

/** The columns the webhook deliveries may be sorted by. */
public enum DeliverySort implements Sorting.Column {
    ID("d.id"), STATUS("d.status"), ATTEMPTS("d.attempts"), LAST_ATTEMPT("d.lastAttemptAt");

    /** Newest first, as the list always was. */
    public static final String UNSORTED = " order by d.id desc";

    private final String path;

    DeliverySort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }

    /** The order by clause for the list: the chosen column then the id, or {@link #UNSORTED}. */
    public static String orderBy(Sorting<DeliverySort> sorting) {
        return Sorting.orderBy(sorting, "d.id", UNSORTED);
    }
}
