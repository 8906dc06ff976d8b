package io.jifen.points.application;

import io.jifen.shared.DomainException;

/**
 * One transaction of a batch was refused after it had begun to write: the batch's database
 * transaction must roll back whole, and its transactions be answered one by one.
 */
public class BatchSpoiledException extends RuntimeException {
    public BatchSpoiledException(DomainException refusal) {
        super("a batch item was refused after it began to write: " + refusal.getMessage(), refusal);
    }
}
