package io.jifen.imports.batch;

import io.jifen.imports.application.ImportTracking;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The last step: every partition got to the end of the file. */
@Dependent
@Named("importCompleted")
public class ImportCompleted extends AbstractBatchlet {
    @Inject
    @BatchProperty(name = "fileId")
    String fileId;
    @Inject
    ImportTracking tracking;

    @Override
    public String process() {
        tracking.completed(fileId);
        return "COMPLETED";
    }
}
