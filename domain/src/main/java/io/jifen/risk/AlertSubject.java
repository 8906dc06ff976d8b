package io.jifen.risk;

/** Whom an alert is about: a customer (whose redemptions it may hold), a partner storefront, or a staff user. */
public enum AlertSubject {
    CUSTOMER, PARTNER, STAFF
}
