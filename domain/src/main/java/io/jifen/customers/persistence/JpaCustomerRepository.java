package io.jifen.customers.persistence;

import io.jifen.shared.CustomerId;
import io.jifen.shared.Sorting;
import io.jifen.customers.Customer;
import io.jifen.customers.CustomerRepository;
import io.jifen.customers.CustomerSort;
import io.jifen.customers.ProductHolding;
import io.jifen.customers.ServiceLevelOverride;
import io.jifen.customers.StarFigureReport;
import io.jifen.customers.StarLevel;
import io.jifen.customers.StarRating;
import io.jifen.customers.StarStanding;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import javax.sql.DataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaCustomerRepository implements CustomerRepository {
    // lower(...) like ... escape is plain JPQL: the same query runs on H2 and PostgreSQL
    private static final String MATCHING_ID = " where lower(c.id) like :text escape '!'";
    private static final String MATCHING = MATCHING_ID
            + " or lower(c.name) like :text escape '!' or lower(c.phone) like :text escape '!'";

    @PersistenceContext(unitName = "jifen")
    EntityManager em;
    /** The same connection JPA uses in the transaction (shared by Liberty): the monthly file's set-based reads and writes. */
    @Resource(lookup = "jdbc/jifen")
    DataSource dataSource;

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
    public Map<CustomerId, StarStanding> standings(Collection<CustomerId> customerIds) {
        Map<CustomerId, StarStanding> found = new HashMap<>();
        if (customerIds.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection()) {
            Array ids = idArray(connection, customerIds);
            Map<String, Set<ProductHolding>> holdings = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select customer_id, holding from customer_holding where customer_id = any (?)")) {
                select.setArray(1, ids);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        holdings.computeIfAbsent(rows.getString(1), id -> EnumSet.noneOf(ProductHolding.class))
                                .add(ProductHolding.valueOf(rows.getString(2)));
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    select c.id, c.star_figures_period_end, c.star_points, c.contribution_star_level,
                           c.override_level, c.override_reason, c.override_until, c.override_by,
                           (select coalesce(sum(f.amount), 0) from customer_star_figure f where f.customer_id = c.id
                              and f.component in ('SHORT_TERM_ASSETS', 'MEDIUM_LONG_TERM_ASSETS')) as assets
                    from customer c where c.id = any (?)""")) {
                select.setArray(1, ids);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        var id = new CustomerId(rows.getString(1));
                        int overrideLevel = rows.getInt(5);
                        ServiceLevelOverride override = rows.wasNull() ? null : new ServiceLevelOverride(
                                StarLevel.ofNumber(overrideLevel), rows.getString(6),
                                rows.getObject(7, LocalDate.class), rows.getString(8));
                        found.put(id, new StarStanding(id, rows.getObject(2, LocalDate.class),
                                new StarRating(rows.getLong(3), StarLevel.ofNumber(rows.getInt(4))),
                                holdings.getOrDefault(id.value(), Set.of()), override, rows.getBigDecimal(9)));
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new PersistenceException("reading the star standings of " + customerIds.size() + " customers", e);
        }
    }

    @Override
    public void replaceStarFigures(Collection<StarFigureReport> reports, Instant now) {
        if (reports.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from customer_star_figure where customer_id = any (?)")) {
                delete.setArray(1, idArray(connection, reports.stream().map(StarFigureReport::customerId).toList()));
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into customer_star_figure (customer_id, component, amount) values (?, ?, ?)")) {
                for (StarFigureReport report : reports) {
                    for (var figure : report.figures().entrySet()) {
                        insert.setString(1, report.customerId().value());
                        insert.setString(2, figure.getKey().name());
                        insert.setBigDecimal(3, figure.getValue());
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement update = connection.prepareStatement("""
                    update customer set star_figures_period_end = ?, star_points = ?, contribution_star_level = ?,
                           updated_at = ?, version = version + 1 where id = ?""")) {
                Timestamp at = Timestamp.from(now);
                for (StarFigureReport report : reports) {
                    StarRating rating = report.rating();
                    update.setObject(1, report.periodEnd());
                    update.setLong(2, rating.starPoints());
                    update.setInt(3, rating.contribution().number());
                    update.setTimestamp(4, at);
                    update.setString(5, report.customerId().value());
                    update.addBatch();
                }
                update.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException("writing the star figures of " + reports.size() + " customers", e);
        }
    }

    private static Array idArray(Connection connection, Collection<CustomerId> customerIds) throws SQLException {
        return connection.createArrayOf("varchar", customerIds.stream().map(CustomerId::value).toArray());
    }

    @Override
    public List<Customer> search(String text, SearchBy by, Sorting<CustomerSort> sorting, int offset, int limit) {
        TypedQuery<Customer> query = em.createQuery("select c from Customer c" + (isBlank(text) ? "" : matching(by))
                + CustomerSort.orderBy(sorting), Customer.class);
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
