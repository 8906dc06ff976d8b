package io.jifen.imports.batch;

import io.jifen.imports.application.ImportTracking;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/** The customers a file touched, each once, in id order; the checkpoint is the last one read. */
@Dependent
@Named("touchedCustomers")
public class TouchedCustomerReader extends AbstractItemReader {
    private static final int PAGE = 1_000;

    @Inject
    @BatchProperty(name = "fileId")
    String fileId;
    @Inject
    ImportTracking tracking;

    private final Deque<String> page = new ArrayDeque<>();
    private String last = "";
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? "" : (String) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            var next = tracking.customersTouched(fileId, last, PAGE);
            page.addAll(next);
            exhausted = next.size() < PAGE;
        }
        String customer = page.poll();
        if (customer != null) {
            last = customer;
        }
        return customer;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
