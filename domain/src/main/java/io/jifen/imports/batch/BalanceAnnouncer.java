package io.jifen.imports.batch;

import io.jifen.points.application.BalanceAnnouncements;
import io.jifen.shared.CustomerId;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Tells partners, once per customer, the balance the file left: a {@code points.changed} event
 * naming the file, written in the chunk's transaction so it commits with the checkpoint.
 */
@Dependent
@Named("balanceAnnouncer")
public class BalanceAnnouncer extends AbstractItemWriter {
    @Inject
    @BatchProperty(name = "fileId")
    String fileId;
    @Inject
    BalanceAnnouncements announcements;

    @Override
    public void writeItems(List<Object> customers) {
        announcements.announce(customers.stream().map(c -> new CustomerId((String) c)).toList(), fileId);
    }
}
