package io.jifen.customers.persistence;

import io.jifen.customers.Customer;
import io.jifen.customers.CustomerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaCustomerRepository implements CustomerRepository {
    @PersistenceContext(unitName = "jifen")
    EntityManager em;

    @Override
    public Optional<Customer> find(String customerId) {
        return Optional.ofNullable(em.find(Customer.class, customerId));
    }

    @Override
    public void add(Customer customer) {
        em.persist(customer);
    }
}
