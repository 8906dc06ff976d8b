package io.jifen.customers;

import java.util.Optional;

public interface CustomerRepository {
    Optional<Customer> find(String customerId);

    void add(Customer customer);
}
