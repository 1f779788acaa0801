package org.c2desk.batch.imports;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.c2desk.imports.ImportProgress;
import org.c2desk.imports.ImportRun;

/**
 * Keeps the run's status in step with the job: RUNNING (with the execution id, new at each restart) when it starts;
 * at the end VALIDATED (dry run), COMPLETED, STOPPED or FAILED, unless a step already refused the run. A run whose
 * pass did not reach the last record is not COMPLETED, whatever the runtime reports.
 */
@Named
@Dependent
public class ImportJobListener implements JobListener {

    @Inject
    JobContext job;

    @EJB
    ImportProgress progress;

    @Override
    public void beforeJob() {
        progress.jobStarted(ImportJob.runId(job), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        UUID runId = ImportJob.runId(job);
        ImportRun run = progress.run(runId);
        if (run.getStatus() != ImportRun.Status.RUNNING) {
            return;
        }
        BatchStatus status = job.getBatchStatus();
        boolean done = run.getTotalCount() != null && run.getLastRecord() >= run.getTotalCount();
        if (status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
            progress.ended(runId, ImportRun.Status.STOPPED, "Stopped after record " + run.getLastRecord());
        } else if (status == BatchStatus.FAILED || status == BatchStatus.ABANDONED || !done) {
            progress.ended(
                    runId,
                    ImportRun.Status.FAILED,
                    "The job failed after record " + run.getLastRecord()
                            + " (see the server log); restart it to continue from there");
        } else {
            progress.ended(
                    runId, run.getOptions().dryRun() ? ImportRun.Status.VALIDATED : ImportRun.Status.COMPLETED, null);
        }
    }
}
