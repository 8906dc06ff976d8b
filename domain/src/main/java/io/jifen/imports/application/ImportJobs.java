package io.jifen.imports.application;

import io.jifen.imports.ImportFile;
import io.jifen.imports.ImportNotRestartableException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Properties;

/**
 * The import jobs in Jakarta Batch: started, stopped, restarted and given up through its job
 * operator, whose repository (checkpoints included) lives in the application's database.
 */
@ApplicationScoped
public class ImportJobs {
    public static final String FILE_ID = "fileId";

    private JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    public long start(ImportFile file) {
        Properties parameters = new Properties();
        parameters.setProperty(FILE_ID, file.id());
        return operator().start(file.kind().jobName(), parameters);
    }

    /** Goes on from the last checkpoint of the file's latest execution. */
    public long restart(ImportFile file) {
        Properties parameters = new Properties();
        parameters.setProperty(FILE_ID, file.id());
        try {
            return operator().restart(file.jobExecution(), parameters);
        } catch (JobRestartException e) {
            // its last execution is still winding down, or another restart got there first
            throw new ImportNotRestartableException(file, "restarted until its job has ended");
        }
    }

    public void stop(ImportFile file) {
        operator().stop(file.jobExecution());
    }

    public void abandon(ImportFile file) {
        operator().abandon(file.jobExecution());
    }

    /**
     * Wakes the batch runtime, whose first use marks the executions this server left running when
     * it stopped as failed, so they may be restarted.
     */
    public void awaken() {
        operator().getJobNames();
    }

    public BatchStatus status(long execution) {
        return operator().getJobExecution(execution).getBatchStatus();
    }
}
