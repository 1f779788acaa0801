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
import org.c2desk.imports.ChunkOutcome;
import org.c2desk.imports.ImportKinds;
import org.c2desk.imports.ImportProgress;
import org.c2desk.imports.ImportRow;
import org.c2desk.imports.ImportRun;
import org.c2desk.imports.UpsertKey;

/**
 * Writes a chunk in the chunk's transaction through the writer of the run's kind ({@link ImportKinds#write}): the
 * clients or CIs (JDBC batches), the
 * chunk's rejections, the run's counts and last record. In the validate step ({@code dryRun} true) nothing but
 * the rejections and counts is written.
 */
@Named
@Dependent
public class ImportChunkWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String dryRun;

    @EJB
    ImportProgress progress;

    @EJB
    ImportKinds kinds;

    private UUID runId;
    private String by;
    private UpsertKey key;
    private ImportRun.Kind kind;

    @Override
    public void open(java.io.Serializable checkpoint) {
        runId = ImportJob.runId(job);
        ImportRun run = progress.run(runId);
        by = run.getStartedBy();
        key = run.getOptions().upsertKey();
        kind = run.getKind();
    }

    @Override
    public void writeItems(List<Object> items) {
        List<ImportRow> rows = new ArrayList<>(items.size());
        items.forEach(item -> rows.add((ImportRow) item));
        ChunkOutcome outcome = kinds.write(kind, runId, by, key, Boolean.parseBoolean(dryRun), rows);
        if (outcome.stopRequested()) {
            // Asked from another server (or before this one took the run): stop after this chunk, as a local stop.
            jakarta.batch.runtime.BatchRuntime.getJobOperator().stop(job.getExecutionId());
        }
    }
}
