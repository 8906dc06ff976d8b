package io.jifen.points;

import io.jifen.shared.Sorting;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Adjustment requests and the staff days their limits are weighed on. */
public interface AdjustmentRepository {
    void add(AdjustmentRequest request);

    Optional<AdjustmentRequest> find(String requestId);

    /** The request, its row locked until the transaction ends: two approvers cannot both post it. */
    Optional<AdjustmentRequest> lock(String requestId);

    /** Requests in one status (all when null), oldest first. */
    default List<AdjustmentRequest> list(AdjustmentStatus status, int page, int size) {
        return list(status, Sorting.none(), page, size);
    }

    /** The same, in the order chosen (oldest first when none is). */
    List<AdjustmentRequest> list(AdjustmentStatus status, Sorting<AdjustmentSort> sorting, int page, int size);

    long count(AdjustmentStatus status);

    /** The person's day, created if need be and locked until the transaction ends. */
    StaffAdjustmentDay lockDay(String staffId, LocalDate bankDay);

    Optional<StaffAdjustmentDay> findDay(String staffId, LocalDate bankDay);
}
