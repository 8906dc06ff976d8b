package io.jifen.procurement;

/**
 * Which purchase orders a list shows (null means "any") and in what order. The sort is one of a
 * fixed set of columns, so no caller's text reaches the query.
 */
public record PurchaseOrderFilter(PurchaseOrderStatus status, String period, String supplierId, Sort sort,
                                  boolean ascending) {
    /** The columns a purchase-order list may be sorted by. */
    public enum Sort {
        CREATED("o.createdAt"), ID("o.id"), PERIOD("o.budgetPeriod"), STATUS("o.status"), SUPPLIER("o.supplierId");

        private final String path;

        Sort(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    public PurchaseOrderFilter {
        sort = sort == null ? Sort.CREATED : sort;
    }

    /** Newest first, filtered by status and period only: what the API lists. */
    public static PurchaseOrderFilter of(PurchaseOrderStatus status, String period) {
        return new PurchaseOrderFilter(status, period, null, Sort.CREATED, false);
    }
}
