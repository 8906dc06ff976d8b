package io.jifen.procurement;

import io.jifen.shared.Sorting;

/** Which purchase orders a list shows (null means "any") and in what order. */
public record PurchaseOrderFilter(PurchaseOrderStatus status, String period, String supplierId,
                                  Sorting<PurchaseOrderSort> sorting) {
    public PurchaseOrderFilter {
        sorting = sorting == null ? Sorting.none() : sorting;
    }

    /** Newest first, filtered by status and period only: what the API lists. */
    public static PurchaseOrderFilter of(PurchaseOrderStatus status, String period) {
        return new PurchaseOrderFilter(status, period, null, Sorting.none());
    }
}
