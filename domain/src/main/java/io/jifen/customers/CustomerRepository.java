package io.jifen.customers;

import java.util.List;
import java.util.Optional;

public interface CustomerRepository {
    Optional<Customer> find(String customerId);

    void add(Customer customer);

    /**
     * Customers whose id, name or phone contains the text (any case), ordered by id, one page of
     * them: the admin UI scrolls through them without loading the whole table.
     */
    List<Customer> search(String text, int offset, int limit);

    long count(String text);
}
