package io.jifen.risk;

import io.jifen.shared.Sorting;
import java.util.List;
import java.util.Optional;

public interface AlertRepository {
    List<AlertRuleSetting> settings();

    Optional<AlertRuleSetting> setting(AlertRule rule);

    boolean isOpen(AlertRule rule, AlertSubject kind, String subjectId);

    void add(Alert alert);

    Optional<Alert> lock(String alertId);

    Optional<Alert> find(String alertId);

    /** Open alerts that hold this customer's redemptions, other than {@code except}. */
    long otherHolds(String customerId, String except);

    /** Newest first; status, rule and subject may be null (any). */
    default List<Alert> list(AlertStatus status, AlertRule rule, AlertSubject kind, String subjectId, int page,
                             int size) {
        return list(status, rule, kind, subjectId, Sorting.none(), page, size);
    }

    /** The same, in the order chosen (newest first when none is). */
    List<Alert> list(AlertStatus status, AlertRule rule, AlertSubject kind, String subjectId,
                     Sorting<AlertSort> sorting, int page, int size);

    long count(AlertStatus status, AlertRule rule, AlertSubject kind, String subjectId);

    /** The partner's refusal window, created if need be and locked until the transaction ends. */
    PartnerRefusalWindow lockRefusals(String partnerId, java.time.Instant at);

    /** The customers other than this one who had courier orders delivered to this address since then. */
    long otherCustomersAt(String addressKey, String customerId, java.time.Instant since);

    /** This customer's courier orders' address keys since then, oldest first. */
    List<String> addressesOf(String customerId, java.time.Instant since);
}
