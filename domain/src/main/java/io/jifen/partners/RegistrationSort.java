package io.jifen.partners;

import io.jifen.shared.Sorting;

/** The columns the partner and carrier lists may be sorted by (both are registrations, read as r). */
public enum RegistrationSort implements Sorting.Column {
    ID("r.id"), NAME("r.name"), STATUS("r.status");

    /** By id, as the lists always were. */
    public static final String UNSORTED = " order by r.id";

    private final String path;

    RegistrationSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }

    /** The order by clause for the list: the chosen column then the id, or {@link #UNSORTED}. */
    public static String orderBy(Sorting<RegistrationSort> sorting) {
        return Sorting.orderBy(sorting, "r.id", UNSORTED);
    }
}
