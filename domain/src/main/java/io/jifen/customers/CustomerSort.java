package io.jifen.customers;

import io.jifen.shared.Sorting;

/** The columns staff may sort the customer list by (the name only for those who see it whole). */
public enum CustomerSort implements Sorting.Column {
    ID("c.id"), NAME("c.name"), STATUS("c.status");

    /** By customer id, as the list always was. */
    public static final String UNSORTED = " order by c.id";

    private final String path;

    CustomerSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }

    /** The order by clause for the list: the chosen column then the id, or {@link #UNSORTED}. */
    public static String orderBy(Sorting<CustomerSort> sorting) {
        return Sorting.orderBy(sorting, "c.id", UNSORTED);
    }
}
