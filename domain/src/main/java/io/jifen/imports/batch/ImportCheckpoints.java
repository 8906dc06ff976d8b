package io.jifen.imports.batch;

import io.jifen.shared.OnlineTraffic;
import jakarta.batch.api.chunk.AbstractCheckpointAlgorithm;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * When a chunk of a file commits: after 1,000 rows at night, after 100 while storefronts are being
 * served on this server. A chunk is one transaction over six tables, and its commit stalls the
 * database for the redemptions committing beside it; small chunks keep those stalls short.
 */
@Dependent
@Named("importCheckpoints")
public class ImportCheckpoints extends AbstractCheckpointAlgorithm {
    static final int ROWS = 1000;
    static final int ROWS_WHILE_SERVING = 100;

    @Inject
    OnlineTraffic online;

    private int rows;

    @Override
    public boolean isReadyToCheckpoint() {
        rows++;
        return rows >= ROWS || rows >= ROWS_WHILE_SERVING && online.isServing();
    }

    @Override
    public void beginCheckpoint() {
        rows = 0;
    }
}
