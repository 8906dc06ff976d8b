package io.jifen.catalog;

/** How a gift reaches the customer. */
public enum Channel { E_VOUCHER, BRANCH_PICKUP, COURIER }
