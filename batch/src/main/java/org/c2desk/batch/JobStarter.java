package org.c2desk.batch;

import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.c2desk.imports.ImportLeases;
import org.c2desk.imports.ImportNode;
import org.c2desk.imports.ImportProgress;
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

    /** The CSV import job, of clients or CIs (META-INF/batch-jobs/csv-import.xml). */
    public static final String CSV_IMPORT = "csv-import";

    private static final Logger LOG = Logger.getLogger(JobStarter.class.getName());

    @EJB
    ImportRuns runs;

    @EJB
    ImportLeases leases;

    @EJB
    ImportProgress progress;

    /**
     * Starts the import of a run created by {@link ImportRuns#create}. Needs {@link org.c2desk.security.Permission#IMPORT}
     * (and CLIENT_CREATE or CI_CREATE, CLIENT_EDIT or CI_EDIT with an upsert key, unless a dry run): see {@link ImportRuns#requireMayImport}.
     *
     * @return the job execution id
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long startImport(Caller caller, UUID runId) {
        ImportRun run = runs.find(caller, runId);
        runs.requireMayImport(caller, run.getKind(), run.getOptions());
        if (run.getStatus() != ImportRun.Status.NEW) {
            throw new ValidationException(
                    "RunId",
                    "error.import.alreadyStarted",
                    "The import " + runId + " was already started (" + run.getStatus() + ")",
                    runId);
        }
        leases.claimNew(runId);
        return startExecution(runId);
    }

    /**
     * Restarts a FAILED or STOPPED import, on this server: it continues after the last committed chunk (the run's
     * {@code last_record}, committed with the rows in PostgreSQL). A new job execution is started rather than the
     * old one restarted: the old one may live in another server's job repository, or be left STARTED by a crash,
     * which Jakarta Batch cannot restart; it is marked ABANDONED when it is this server's.
     *
     * @return the new job execution id
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long restartImport(Caller caller, UUID runId) {
        ImportRun run = runs.find(caller, runId);
        runs.requireMayImport(caller, run.getKind(), run.getOptions());
        if (!run.isRestartable()) {
            throw new ValidationException(
                    "RunId",
                    "error.import.notRestartable",
                    "The import " + runId + " cannot be restarted: it is " + run.getStatus(),
                    runId);
        }
        leases.claimForRestart(runId);
        if (run.getJobExecutionId() != null && ImportNode.NODE.equals(run.getOwnerNode())) {
            abandon(run.getJobExecutionId());
        }
        return startExecution(runId);
    }

    /**
     * Continues a run this server has just claimed after its job stopped in the middle (a crash): marks the old
     * execution ABANDONED when it was this server's, and starts a new one that continues after the last committed
     * record.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long resumeClaimedImport(ImportLeases.Claimed claimed) {
        if (claimed.previousExecution() != null && claimed.previousOnThisNode()) {
            abandon(claimed.previousExecution());
        }
        return startExecution(claimed.id());
    }

    private long startExecution(UUID runId) {
        // The run is already RUNNING and owned here; the job's listener records the execution when it begins (after
        // start() returns, the job may already have ended: recording it here could undo its end).
        try {
            return operator().start(CSV_IMPORT, parameters(runId));
        } catch (RuntimeException e) {
            progress.ended(runId, ImportRun.Status.FAILED, "The job could not be started: " + e.getMessage());
            throw e;
        }
    }

    /**
     * Stops an import at the end of its current chunk: at once when this server runs it; otherwise its server's
     * writer sees the request at its next chunk (or the server that takes it back after a crash stops it).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void stopImport(Caller caller, UUID runId) {
        ImportRun run = runs.find(caller, runId);
        runs.requireMayImport(caller, run.getKind(), run.getOptions());
        if (!leases.requestStop(runId)) {
            throw new ValidationException(
                    "RunId",
                    "error.import.notRunning",
                    "The import " + runId + " is not running (" + run.getStatus() + ")",
                    runId);
        }
        if (run.getJobExecutionId() != null && ImportNode.BOOT.equals(run.getOwnerBoot())) {
            try {
                operator().stop(run.getJobExecutionId());
            } catch (JobExecutionNotRunningException e) {
                // ended meanwhile, or between two executions: the request stays for the writer
            }
        }
    }

    /** The batch status of the run's latest job execution on this server, null before it starts or elsewhere. */
    public BatchStatus importStatus(Caller caller, UUID runId) {
        ImportRun run = runs.find(caller, runId);
        Long execution = run.getJobExecutionId();
        if (execution == null
                || (!ImportNode.BOOT.equals(run.getOwnerBoot()) && !ImportNode.NODE.equals(run.getOwnerNode()))) {
            return null;
        }
        try {
            return status(execution);
        } catch (NoSuchJobExecutionException e) {
            return null;
        }
    }

    /**
     * Marks an execution of this server's job repository ABANDONED, so that nothing restarts it. One that a crash
     * left STARTED cannot be abandoned through the JobOperator (it refuses a "running" execution, although nothing
     * runs it), so its status is then set through the runtime's persistence service (jbatch, Payara's batch runtime);
     * best effort: the import does not depend on it.
     */
    void abandon(long executionId) {
        try {
            BatchStatus status = status(executionId);
            if (status == BatchStatus.ABANDONED || status == BatchStatus.COMPLETED) {
                return;
            }
            if (status != BatchStatus.STARTED && status != BatchStatus.STARTING && status != BatchStatus.STOPPING) {
                operator().abandon(executionId);
                return;
            }
            if (isRunningHere(executionId)) {
                LOG.warning(() -> "Job execution " + executionId + " still runs on this server: not abandoned");
                return;
            }
            ClassLoader runtime = operator().getClass().getClassLoader();
            Object services = runtime.loadClass("com.ibm.jbatch.container.servicesmanager.ServicesManagerImpl")
                    .getMethod("getInstance")
                    .invoke(null);
            Object persistence = services.getClass()
                    .getMethod("getPersistenceManagerService")
                    .invoke(services);
            runtime.loadClass("com.ibm.jbatch.container.services.IPersistenceManagerService")
                    .getMethod("updateBatchStatusOnly", long.class, BatchStatus.class, java.sql.Timestamp.class)
                    .invoke(
                            persistence,
                            executionId,
                            BatchStatus.ABANDONED,
                            new java.sql.Timestamp(System.currentTimeMillis()));
            long instance = operator().getJobInstance(executionId).getInstanceId();
            Object statuses =
                    services.getClass().getMethod("getJobStatusManagerService").invoke(services);
            runtime.loadClass("com.ibm.jbatch.container.services.IJobStatusManagerService")
                    .getMethod("updateJobBatchStatus", long.class, BatchStatus.class)
                    .invoke(statuses, instance, BatchStatus.ABANDONED);
            LOG.info(() -> "Job execution " + executionId + ", left " + status + " by a server that stopped, marked"
                    + " ABANDONED");
        } catch (NoSuchJobExecutionException e) {
            // another server's execution, or a job repository that was reset: nothing to mark
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(
                    Level.INFO,
                    "Could not mark job execution " + executionId + " ABANDONED (harmless: the import"
                            + " continues in a new execution)",
                    e);
        }
    }

    /** Does this server's batch runtime run the execution now (its thread is alive)? */
    private static boolean isRunningHere(long executionId) {
        try {
            ClassLoader runtime = operator().getClass().getClassLoader();
            Object services = runtime.loadClass("com.ibm.jbatch.container.servicesmanager.ServicesManagerImpl")
                    .getMethod("getInstance")
                    .invoke(null);
            Object kernel =
                    services.getClass().getMethod("getBatchKernelService").invoke(services);
            return (Boolean) runtime.loadClass("com.ibm.jbatch.container.services.IBatchKernelService")
                    .getMethod("isExecutionRunning", long.class)
                    .invoke(kernel, executionId);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return true; // cannot tell: leave it alone
        }
    }

    private static BatchStatus status(long executionId) {
        return operator().getJobExecution(executionId).getBatchStatus();
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
