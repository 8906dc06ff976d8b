package io.jifen.procurement;

import io.jifen.shared.Sorting;

/** The columns the purchase-order list may be sorted by. */
public enum PurchaseOrderSort implements Sorting.Column {
    CREATED("o.createdAt"), ID("o.id"), PERIOD("o.budgetPeriod"), STATUS("o.status"), SUPPLIER("o.supplierId");

    /** Newest first, as the list always was. */
    public static final String UNSORTED = " order by o.createdAt desc, o.id";

    private final String path;

    PurchaseOrderSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }

    public static String orderBy(Sorting<PurchaseOrderSort> sorting) {
        return Sorting.orderBy(sorting, "o.id", UNSORTED);
    }
}
