package io.jifen.risk;

/** Whom an alert is about: a customer (whose redemptions it may hold) or a partner storefront. */
public enum AlertSubject {
    CUSTOMER, PARTNER
}
