package io.jifen.risk;

import java.util.List;
import java.util.Optional;

public interface AlertRepository {
    List<AlertRuleSetting> settings();

    Optional<AlertRuleSetting> setting(AlertRule rule);

    boolean isOpen(AlertRule rule, String customerId);

    void add(Alert alert);

    Optional<Alert> lock(String alertId);

    Optional<Alert> find(String alertId);

    /** Open alerts that hold this customer's redemptions, other than {@code except}. */
    long otherHolds(String customerId, String except);

    /** Newest first; status and rule may be null (any). */
    List<Alert> list(AlertStatus status, AlertRule rule, String customerId, int page, int size);

    long count(AlertStatus status, AlertRule rule, String customerId);

    /** The customers other than this one who had courier orders delivered to this address since then. */
    long otherCustomersAt(String addressKey, String customerId, java.time.Instant since);

    /** This customer's courier orders' address keys since then, oldest first. */
    List<String> addressesOf(String customerId, java.time.Instant since);
}
