package io.jifen.points.persistence;

import io.jifen.shared.CustomerId;
import io.jifen.points.Lot;
import io.jifen.shared.persistence.ThisTransaction;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;

/**
 * The lots read under a customer's account lock, kept for the rest of the transaction: the lock
 * reads them to expire what is due, and the spend that follows uses the same list instead of a
 * second query. The lock guarantees no one else changed them meanwhile; a posting stored in this
 * transaction drops the list, since it may have added lots. Outside a transaction nothing is kept.
 */
@ApplicationScoped
public class LotsReadThisTransaction {
    private static final Object KEY = LotsReadThisTransaction.class;

    @Resource
    TransactionSynchronizationRegistry transaction;

    List<Lot> lotsOf(CustomerId customerId) {
        var read = read(false);
        return read == null ? null : read.get(customerId);
    }

    void remember(CustomerId customerId, List<Lot> lots) {
        var read = read(true);
        if (read != null) {
            read.put(customerId, lots);
        }
    }

    void forget(CustomerId customerId) {
        var read = read(false);
        if (read != null) {
            read.remove(customerId);
        }
    }

    private Map<CustomerId, List<Lot>> read(boolean create) {
        return ThisTransaction.map(transaction, KEY, create);
    }
}
