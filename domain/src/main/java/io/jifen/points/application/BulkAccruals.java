package io.jifen.points.application;

import io.jifen.points.AccrualRequest;
import io.jifen.shared.CustomerId;
import io.jifen.points.application.AccrualService.BatchItem;
import io.jifen.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Core banking's transactions many at a time (the bulk API, and the nightly files after it): each
 * answered exactly as the single call answers it, in the order given. The batch is applied in one
 * database transaction; should that fail as a whole (an item refused after it began to write, or a
 * race lost at commit), every item is applied again in a transaction of its own, so one bad item
 * never costs the others their answer.
 */
@ApplicationScoped
public class BulkAccruals {
    /** The most transactions one call takes: one database transaction's worth of locks and rows. */
    public static final int MAX_BATCH = 1_000;
    private static final Logger LOG = Logger.getLogger(BulkAccruals.class.getName());

    @Inject
    AccrualService accruals;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<BatchItem> accrue(List<AccrualRequest> requests) {
        if (requests.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " transactions a batch");
        }
        if (requests.isEmpty()) {
            return List.of();
        }
        try {
            return accruals.accrueTogether(requests);
        } catch (BatchSpoiledException | PersistenceException | TransactionalException e) {
            LOG.info(() -> "A batch of " + requests.size() + " accruals is applied one by one: " + e.getMessage());
        }
        List<BatchItem> answers = new ArrayList<>(requests.size());
        for (AccrualRequest request : requests) {
            try {
                answers.add(new BatchItem(accruals.accrue(request), null));
            } catch (DomainException refused) {
                answers.add(new BatchItem(null, refused));
            }
        }
        return answers;
    }

    /** Reversals, each in a transaction of its own and answered as the single call answers it. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<BatchItem> reverseEach(List<Reversal> reversals) {
        List<BatchItem> answers = new ArrayList<>(reversals.size());
        for (Reversal reversal : reversals) {
            try {
                answers.add(new BatchItem(accruals.reverse(reversal.sourceTxnId(), reversal.customerId()), null));
            } catch (DomainException refused) {
                answers.add(new BatchItem(null, refused));
            }
        }
        return answers;
    }

    /** A transaction to take back, and the customer it must belong to. */
    public record Reversal(String sourceTxnId, CustomerId customerId) {
    }
}
