package org.c2desk.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Properties;
import java.util.UUID;
import org.c2desk.imports.ImportRun;
import org.c2desk.imports.ImportRuns;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Caller;

/**
 * Starts and queries the batch jobs of this module. Jobs must be started and queried from the module that holds
 * their XML: the batch runtime refuses to show a job to another module.
 */
@Stateless
public class JobStarter {

    /** The client import job (META-INF/batch-jobs/client-import.xml). */
    public static final String CLIENT_IMPORT = "client-import";

    @EJB
    ImportRuns runs;

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

    /**
     * Starts the import of a run created by {@link ImportRuns#create}. Needs {@link org.c2desk.security.Permission#IMPORT}
     * (and CLIENT_CREATE, CLIENT_EDIT with an upsert key, unless a dry run): see {@link ImportRuns#requireMayImport}.
     *
     * @return the job execution id
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long startClientImport(Caller caller, UUID runId) {
        ImportRun run = runs.find(runId);
        runs.requireMayImport(caller, run.getOptions());
        if (run.getStatus() != ImportRun.Status.NEW) {
            throw new ValidationException("RunId", "error.import.alreadyStarted",
                    "The import " + runId + " was already started (" + run.getStatus() + ")", runId);
        }
        long execution = operator().start(CLIENT_IMPORT, parameters(runId));
        runs.jobStarted(runId, execution);
        return execution;
    }

    /**
     * Restarts a FAILED or STOPPED import: it continues after the last committed chunk.
     *
     * @return the new job execution id
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long restartClientImport(Caller caller, UUID runId) {
        ImportRun run = runs.find(runId);
        runs.requireMayImport(caller, run.getOptions());
        boolean interrupted = run.getStatus() == ImportRun.Status.FAILED || run.getStatus() == ImportRun.Status.STOPPED
                || (run.getStatus() == ImportRun.Status.RUNNING && run.getJobExecutionId() != null
                        && isOver(run.getJobExecutionId()));
        if (!interrupted || run.getJobExecutionId() == null) {
            throw new ValidationException("RunId", "error.import.notRestartable",
                    "The import " + runId + " cannot be restarted: it is " + run.getStatus(), runId);
        }
        long execution = operator().restart(run.getJobExecutionId(), parameters(runId));
        runs.jobStarted(runId, execution);
        return execution;
    }

    /** Stops a running import at the end of its current chunk. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void stopClientImport(Caller caller, UUID runId) {
        ImportRun run = runs.find(runId);
        runs.requireMayImport(caller, run.getOptions());
        if (run.getJobExecutionId() != null) {
            operator().stop(run.getJobExecutionId());
        }
    }

    /** The batch status of the run's latest job execution, null before it starts. */
    public BatchStatus clientImportStatus(UUID runId) {
        Long execution = runs.find(runId).getJobExecutionId();
        return execution == null ? null : status(execution);
    }

    /** An execution the runtime no longer runs (failed, stopped, or left STARTED by a crashed server). */
    private boolean isOver(long executionId) {
        BatchStatus status = status(executionId);
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status == BatchStatus.STARTED
                || status == BatchStatus.STARTING;
    }

    private static Properties parameters(UUID runId) {
        Properties parameters = new Properties();
        parameters.setProperty("runId", runId.toString());
        return parameters;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
