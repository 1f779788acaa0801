package org.c2desk.batch.imports;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import org.c2desk.imports.ImportFileException;
import org.c2desk.imports.ImportProgress;
import org.c2desk.imports.ImportRun;

/**
 * Streams the records of the run's stored file ({@link CsvCursor}: strict decoding, Commons CSV). Where to start is
 * the run's {@code last_record}, which the writer updates in each chunk's transaction together with the rows: a
 * restarted job continues right after the last committed chunk, whatever the batch runtime's own checkpoint says
 * (it lives in another database). The header goes to the processor as the step's transient data.
 */
@Named
@Dependent
public class ImportCsvReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @EJB
    ImportProgress progress;

    private UUID runId;
    private CsvCursor cursor;
    private long position;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        runId = ImportJob.runId(job);
        ImportRun run = progress.run(runId);
        cursor = new CsvCursor(progress.openFile(runId), run.getOptions().charset());
        step.setTransientUserData(cursor.header());
        position = run.getLastRecord();
        cursor.skipTo(position);
    }

    @Override
    public Object readItem() throws Exception {
        try {
            CsvCursor.Row row = cursor.next();
            if (row != null) {
                position = row.recordNumber();
            }
            return row;
        } catch (ImportFileException e) {
            progress.ended(runId, ImportRun.Status.REFUSED, e.getMessage());
            throw e;
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }

    @Override
    public void close() throws IOException {
        if (cursor != null) {
            cursor.close();
        }
    }
}
