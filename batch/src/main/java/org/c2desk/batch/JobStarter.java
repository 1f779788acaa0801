package org.c2desk.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import java.util.Properties;

/**
 * Starts and queries the batch jobs of this module. Jobs must be started and queried from the module that holds
 * their XML: the batch runtime refuses to show a job to another module.
 */
@Stateless
public class JobStarter {

    public long start(String jobName, Properties parameters) {
        return operator().start(jobName, parameters);
    }

    public BatchStatus status(long executionId) {
        return operator().getJobExecution(executionId).getBatchStatus();
    }

    public long restart(long executionId, Properties parameters) {
        return operator().restart(executionId, parameters);
    }

    public void stop(long executionId) {
        operator().stop(executionId);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
