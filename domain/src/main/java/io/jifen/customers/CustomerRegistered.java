package io.jifen.customers;
import io.jifen.shared.CustomerId;

/** Raised in the registering transaction, so the points account opens with the customer. */
public record CustomerRegistered(CustomerId customerId) {
}
