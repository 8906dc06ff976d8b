package io.jifen.customers;

/** The service star level and what gave it, so staff can explain it to the customer. */
public record ServiceLevel(StarLevel level, Basis basis, String detail) {
    public enum Basis { CONTRIBUTION, PRODUCT_HOLDING, MANUAL_OVERRIDE }
}
