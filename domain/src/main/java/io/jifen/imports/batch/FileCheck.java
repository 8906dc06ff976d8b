package io.jifen.imports.batch;

import io.jifen.imports.BadFileException;
import io.jifen.imports.application.ImportTracking;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;

/** The whole file checked before any row is applied: a file that fails is refused and the job ends there. */
@Dependent
@Named("importFileCheck")
public class FileCheck extends AbstractBatchlet {
    public static final String CHECKED = "CHECKED";
    public static final String REFUSED = "REFUSED";

    @Inject
    @BatchProperty(name = "fileId")
    String fileId;
    @Inject
    ImportTracking tracking;

    @Override
    public String process() {
        var file = tracking.file(fileId);
        tracking.checking(fileId);
        try {
            tracking.checked(fileId, file.kind().layout().check(Path.of(file.storedAt())));
            return CHECKED;
        } catch (BadFileException refused) {
            tracking.refused(fileId, refused.getMessage());
            return REFUSED;
        }
    }
}
