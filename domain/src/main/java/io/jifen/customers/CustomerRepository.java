package io.jifen.customers;

import io.jifen.shared.CustomerId;
import io.jifen.shared.Sorting;
import java.time.Instant;
import java.util.List;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

public interface CustomerRepository {
    Optional<Customer> find(CustomerId customerId);

    /** Many customers with their holdings, segments and star figures, in a few queries whatever their number. */
    Map<CustomerId, Customer> findAll(Collection<CustomerId> customerIds);

    void add(Customer customer);

    /** What the star levels of many customers rest on, in a few statements whatever their number. */
    Map<CustomerId, StarStanding> standings(Collection<CustomerId> customerIds);

    /**
     * Replaces many customers' star figures, rating and period at once (the monthly file), in a few
     * statements: the customers are known and their reports already rated.
     */
    void replaceStarFigures(Collection<StarFigureReport> reports, Instant now);

    /** What a search may match: staff who see personal data masked find customers by id alone. */
    enum SearchBy { ID, ID_NAME_OR_PHONE }

    /**
     * Customers whose id (or also name or phone) contains the text (any case), ordered by id, one
     * page of them: the admin UI scrolls through them without loading the whole table.
     */
    default List<Customer> search(String text, SearchBy by, int offset, int limit) {
        return search(text, by, Sorting.none(), offset, limit);
    }

    /** The same, in the order chosen (by id when none is). */
    List<Customer> search(String text, SearchBy by, Sorting<CustomerSort> sorting, int offset, int limit);

    long count(String text, SearchBy by);
}
