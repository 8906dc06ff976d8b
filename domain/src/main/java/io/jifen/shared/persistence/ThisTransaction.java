package io.jifen.shared.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;

/**
 * A map kept with the active transaction and dropped when it ends: what one transaction read or
 * drew under its locks and may reuse until it commits. Outside an active transaction there is none.
 */
public final class ThisTransaction {
    private ThisTransaction() {
    }

    /** The transaction's map under the key; created when asked to, else null until someone creates it. */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> map(TransactionSynchronizationRegistry transaction, Object key, boolean create) {
        if (transaction.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return null;
        }
        var map = (Map<K, V>) transaction.getResource(key);
        if (map == null && create) {
            map = new HashMap<>();
            transaction.putResource(key, map);
        }
        return map;
    }
}
