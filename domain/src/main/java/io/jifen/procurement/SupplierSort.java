package io.jifen.procurement;

import io.jifen.shared.Sorting;

/** The columns the supplier list may be sorted by. */
public enum SupplierSort implements Sorting.Column {
    NAME("s.name");

    /** By name, as the list always was. */
    public static final String UNSORTED = " order by s.name, s.id";

    private final String path;

    SupplierSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }

    public static String orderBy(Sorting<SupplierSort> sorting) {
        return Sorting.orderBy(sorting, "s.id", UNSORTED);
    }
}
