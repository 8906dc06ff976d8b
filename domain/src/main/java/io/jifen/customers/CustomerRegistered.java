package io.jifen.customers;

/** Raised in the registering transaction, so the points account opens with the customer. */
public record CustomerRegistered(String customerId) {
}
