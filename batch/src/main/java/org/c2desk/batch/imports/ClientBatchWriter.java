package org.c2desk.batch.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.c2desk.imports.ClientImportWriter;
import org.c2desk.imports.ImportRow;
import org.c2desk.imports.ImportRun;
import org.c2desk.imports.ImportRuns;
import org.c2desk.imports.UpsertKey;

/**
 * Writes a chunk in the chunk's transaction through {@link ClientImportWriter}: the clients (JDBC batches), the
 * chunk's rejections, the run's counts and last record. In the validate step ({@code dryRun} true) nothing but
 * the rejections and counts is written.
 */
@Named
@Dependent
public class ClientBatchWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String dryRun;

    @EJB
    ImportRuns runs;

    @EJB
    ClientImportWriter writer;

    private UUID runId;
    private String by;
    private UpsertKey key;

    @Override
    public void open(java.io.Serializable checkpoint) {
        runId = ImportJob.runId(job);
        ImportRun run = runs.find(runId);
        by = run.getStartedBy();
        key = run.getOptions().upsertKey();
    }

    @Override
    public void writeItems(List<Object> items) {
        List<ImportRow> rows = new ArrayList<>(items.size());
        items.forEach(item -> rows.add((ImportRow) item));
        ClientImportWriter.Outcome outcome = writer.write(runId, by, key, Boolean.parseBoolean(dryRun), rows);
        if (outcome.stopRequested()) {
            // Asked from another server (or before this one took the run): stop after this chunk, as a local stop.
            jakarta.batch.runtime.BatchRuntime.getJobOperator().stop(job.getExecutionId());
        }
    }
}
