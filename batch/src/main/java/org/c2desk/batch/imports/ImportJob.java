package org.c2desk.batch.imports;

import jakarta.batch.runtime.context.JobContext;
import java.util.UUID;

/** What the import job's artifacts share: the job's name, its one parameter, the step names. */
final class ImportJob {

    static final String CSV_IMPORT = "csv-import";
    /** The job parameter (and job property) naming the import run. */
    static final String RUN_ID = "runId";

    static final String PREPARE = "prepare";
    static final String VALIDATE = "validate";
    static final String IMPORT = "import";

    private ImportJob() {}

    static UUID runId(JobContext job) {
        String id = job.getProperties().getProperty(RUN_ID);
        if (id == null || id.isBlank()) {
            throw new IllegalStateException("The job " + job.getJobName() + " has no " + RUN_ID + " parameter");
        }
        return UUID.fromString(id);
    }
}
