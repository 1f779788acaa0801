package org.c2desk.batch.imports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.c2desk.imports.ImportFileException;
import org.c2desk.imports.ImportKinds;
import org.c2desk.imports.ImportLeases;
import org.c2desk.imports.ImportProgress;
import org.c2desk.imports.ImportRun;

/**
 * Reads the whole file once before any row is written: refuses it when it is not in the expected encoding (naming
 * the first bad line), is not well-formed CSV, or its header is not the template's; otherwise counts its records
 * (the progress bar's total). Exit status REFUSED or OK.
 */
@Named
@Dependent
public class ImportPrepare extends AbstractBatchlet {

    static final String REFUSED = "REFUSED";

    @Inject
    JobContext job;

    @EJB
    ImportProgress progress;

    @EJB
    ImportLeases leases;

    @EJB
    ImportKinds kinds;

    @Override
    public String process() throws Exception {
        UUID runId = ImportJob.runId(job);
        ImportRun run = progress.run(runId);
        try (CsvCursor cursor =
                new CsvCursor(progress.openFile(runId), run.getOptions().charset())) {
            kinds.checkHeader(run, cursor.header());
            long total = 0;
            while (cursor.skip()) {
                if (++total % 50_000 == 0) {
                    leases.touch(runId);
                }
            }
            progress.prepared(runId, total);
            return "OK";
        } catch (ImportFileException e) {
            progress.ended(runId, ImportRun.Status.REFUSED, e.getMessage());
            return REFUSED;
        }
    }
}
