package io.jifen.webhooks;

import io.jifen.shared.Sorting;

/** The columns the webhook endpoints may be sorted by. */
public enum EndpointSort implements Sorting.Column {
    ID("e.id"), PARTNER("e.partnerId"), CREATED("e.createdAt"), ACTIVE("e.active");

    /** Newest first, as the list always was. */
    public static final String UNSORTED = " order by e.id desc";

    private final String path;

    EndpointSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }

    /** The order by clause for the list: the chosen column then the id, or {@link #UNSORTED}. */
    public static String orderBy(Sorting<EndpointSort> sorting) {
        return Sorting.orderBy(sorting, "e.id", UNSORTED);
    }
}
