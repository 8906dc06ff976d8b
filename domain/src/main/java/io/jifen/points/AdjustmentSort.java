package io.jifen.points;

import io.jifen.shared.Sorting;

/** The columns the adjustment requests may be sorted by. */
public enum AdjustmentSort implements Sorting.Column {
    REQUESTED("r.requestedAt"), CUSTOMER("r.customerId"), POINTS("r.points"), REQUESTED_BY("r.requestedBy");

    /** Oldest first: the queue is worked from its head. */
    public static final String UNSORTED = " order by r.requestedAt, r.id";

    private final String path;

    AdjustmentSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }

    /** The order by clause for the list: the chosen column then the id, or {@link #UNSORTED}. */
    public static String orderBy(Sorting<AdjustmentSort> sorting) {
        return Sorting.orderBy(sorting, "r.id", UNSORTED);
    }
}
