package org.c2desk.batch.imports;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.c2desk.imports.ImportKinds;
import org.c2desk.imports.ImportProgress;
import org.c2desk.imports.RowMapper;

/**
 * Checks and maps each record with the mapper of the run's kind ({@link ImportKinds#mapper}: clients or CIs); a bad
 * record becomes an {@link org.c2desk.imports.ImportRow} carrying its rejections, never an exception, so the job goes
 * on and the writer records it. What names resolve against is loaded once per step, as the resource who started the
 * import sees it.
 */
@Named
@Dependent
public class ImportRowProcessor implements ItemProcessor {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @EJB
    ImportProgress progress;

    @EJB
    ImportKinds kinds;

    private RowMapper mapper;

    @Override
    @SuppressWarnings("unchecked")
    public Object processItem(Object item) throws Exception {
        CsvCursor.Row row = (CsvCursor.Row) item;
        if (mapper == null) {
            mapper = kinds.mapper(progress.run(ImportJob.runId(job)), (List<String>) step.getTransientUserData());
        }
        return mapper.map(row.recordNumber(), row.lineNumber(), row.values());
    }
}
