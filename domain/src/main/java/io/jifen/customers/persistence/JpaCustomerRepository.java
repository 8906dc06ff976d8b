package io.jifen.customers.persistence;

import io.jifen.shared.CustomerId;
import io.jifen.customers.Customer;
import io.jifen.customers.CustomerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaCustomerRepository implements CustomerRepository {
    // lower(...) like ... escape is plain JPQL: the same query runs on H2 and PostgreSQL
    private static final String MATCHING_ID = " where lower(c.id) like :text escape '!'";
    private static final String MATCHING = MATCHING_ID
            + " or lower(c.name) like :text escape '!' or lower(c.phone) like :text escape '!'";

    @PersistenceContext(unitName = "jifen")
    EntityManager em;

    @Override
    public Optional<Customer> find(CustomerId customerId) {
        // the customer and its holdings, segments and star figures in one round trip, not four
        return em.createQuery("""
                        select c from Customer c left join fetch c.holdings left join fetch c.segments
                        left join fetch c.starFigures where c.id = :id""", Customer.class)
                .setParameter("id", customerId.value())
                .getResultStream().findFirst();
    }

    @Override
    public Map<CustomerId, Customer> findAll(Collection<CustomerId> customerIds) {
        Map<CustomerId, Customer> found = new HashMap<>();
        if (customerIds.isEmpty()) {
            return found;
        }
        // one query for the customers and one per collection (batch fetch by IN), not a join whose
        // rows multiply holdings by segments by star figures
        em.createQuery("select c from Customer c where c.id in :ids", Customer.class)
                .setParameter("ids", customerIds.stream().map(CustomerId::value).toList())
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch.size", 1000)
                .setHint("eclipselink.batch", "c.holdings")
                .setHint("eclipselink.batch", "c.segments")
                .setHint("eclipselink.batch", "c.starFigures")
                .getResultList()
                .forEach(customer -> found.put(customer.id(), customer));
        return found;
    }

    @Override
    public void add(Customer customer) {
        em.persist(customer);
    }

    @Override
    public List<Customer> search(String text, SearchBy by, int offset, int limit) {
        TypedQuery<Customer> query = em.createQuery(
                "select c from Customer c" + (isBlank(text) ? "" : matching(by)) + " order by c.id", Customer.class);
        if (!isBlank(text)) {
            query.setParameter("text", containing(text));
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String text, SearchBy by) {
        TypedQuery<Long> query = em.createQuery(
                "select count(c) from Customer c" + (isBlank(text) ? "" : matching(by)), Long.class);
        if (!isBlank(text)) {
            query.setParameter("text", containing(text));
        }
        return query.getSingleResult();
    }

    private static String matching(SearchBy by) {
        return by == SearchBy.ID ? MATCHING_ID : MATCHING;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The text taken literally: a % or _ typed into the search box matches itself, not anything. */
    private static String containing(String text) {
        String literal = text.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + literal + "%";
    }
}
