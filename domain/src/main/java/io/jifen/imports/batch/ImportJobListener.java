package io.jifen.imports.batch;

import io.jifen.imports.application.ImportJobs;
import io.jifen.imports.application.ImportTracking;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Tells the file which job execution took it up, the first or a restart. */
@Dependent
@Named("importJobListener")
public class ImportJobListener extends AbstractJobListener {
    @Inject
    JobContext job;
    @Inject
    ImportTracking tracking;

    @Override
    public void beforeJob() {
        // the job's properties (META-INF/batch-jobs) carry its fileId parameter
        tracking.began(job.getProperties().getProperty(ImportJobs.FILE_ID), job.getExecutionId());
    }
}
