package org.c2desk.batch.imports;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.c2desk.imports.ClientRowMapper;
import org.c2desk.imports.ImportRow;
import org.c2desk.imports.ImportRun;
import org.c2desk.imports.ImportRuns;

/**
 * Checks and maps each record ({@link ClientRowMapper}); a bad record becomes an {@link ImportRow} carrying its
 * rejections, never an exception, so the job goes on and the writer records it. Enterprises, countries and custom
 * fields are loaded once per step, as the resource who started the import sees them.
 */
@Named
@Dependent
public class ClientRowProcessor implements ItemProcessor {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @EJB
    ImportRuns runs;

    private ClientRowMapper mapper;

    @Override
    @SuppressWarnings("unchecked")
    public Object processItem(Object item) throws Exception {
        CsvCursor.Row row = (CsvCursor.Row) item;
        if (mapper == null) {
            ImportRun run = runs.find(ImportJob.runId(job));
            mapper = new ClientRowMapper((List<String>) step.getTransientUserData(),
                    runs.clientReferences(runs.callerOf(run)), run.getOptions().upsertKey());
        }
        ClientRowMapper.Result result = mapper.map(row.values());
        return new ImportRow(row.recordNumber(), row.lineNumber(), result.client(),
                result.problems().stream().map(p -> p.at(row.lineNumber(), row.recordNumber())).toList());
    }
}
