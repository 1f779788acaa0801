package org.c2desk.batch.imports;

import jakarta.batch.api.Decider;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.c2desk.imports.ImportOptions;
import org.c2desk.imports.ImportProgress;
import org.c2desk.imports.ImportRun;

/**
 * Routes the import job. After "prepare": REFUSED (bad file), VALIDATE (a dry run, or the first pass of
 * all-or-nothing) or IMPORT. After "validate": IMPORT when all-or-nothing found no rejection, else END.
 */
@Named
@Dependent
public class ImportDecider implements Decider {

    @Inject
    JobContext job;

    @EJB
    ImportProgress progress;

    @Override
    public String decide(StepExecution[] executions) {
        UUID runId = ImportJob.runId(job);
        ImportRun run = progress.run(runId);
        ImportOptions options = run.getOptions();
        String step = executions[executions.length - 1].getStepName();
        if (ImportJob.PREPARE.equals(step)) {
            if (run.getStatus() == ImportRun.Status.REFUSED) {
                return "REFUSED";
            }
            // A run restarted after a crash, a stop or a failure continues the pass it was in, after its last
            // committed record (entering a pass again would start it from the first record).
            if ("IMPORT".equals(run.getPhase())) {
                return "IMPORT";
            }
            if ("VALIDATE".equals(run.getPhase())) {
                return "VALIDATE";
            }
            if (options.dryRun() || options.allOrNothing()) {
                progress.enterPhase(runId, "VALIDATE");
                return "VALIDATE";
            }
            progress.enterPhase(runId, "IMPORT");
            return "IMPORT";
        }
        if (!options.dryRun() && options.allOrNothing()) {
            if (run.getRejectedCount() == 0) {
                progress.enterPhase(runId, "IMPORT");
                return "IMPORT";
            }
            progress.ended(
                    runId,
                    ImportRun.Status.REFUSED,
                    run.getRejectedCount()
                            + " rows were rejected: nothing was imported (all or nothing). See the report.");
        }
        return "END";
    }
}
