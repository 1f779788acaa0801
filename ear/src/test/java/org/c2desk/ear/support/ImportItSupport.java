package org.c2desk.ear.support;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.c2desk.batch.JobStarter;
import org.c2desk.imports.ImportOptions;
import org.c2desk.imports.ImportReports;
import org.c2desk.imports.ImportRun;
import org.c2desk.imports.ImportRuns;
import org.c2desk.security.Authenticator;
import org.c2desk.security.Caller;

/**
 * What the in-container import tests share (ClientImportIT, CiImportIT): a file run through the job as the demo
 * administrator, waited for until it ends, and counts in the database. Add it to the deployment beside the test.
 */
public abstract class ImportItSupport {

    @EJB
    protected ImportRuns runs;

    @EJB
    protected ImportReports reports;

    @EJB
    protected JobStarter jobs;

    @EJB
    protected Authenticator authenticator;

    @Resource(lookup = "java:app/jdbc/c2desk")
    protected DataSource dataSource;

    /** Creates the run, starts its job and waits for its end. */
    protected ImportRun importFile(ImportRun.Kind kind, String fileName, byte[] file, ImportOptions options)
            throws InterruptedException {
        Caller admin = admin();
        ImportRun run = runs.create(admin, kind, fileName, file, options);
        jobs.startImport(admin, run.getId());
        return await(run.getId());
    }

    protected ImportRun await(UUID runId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            ImportRun run = runs.find(admin(), runId);
            if (run.isEnded()) {
                return run;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The import " + runId + " did not end within 3 minutes: " + runs.find(admin(), runId));
    }

    protected Caller admin() {
        return authenticator.callerFor(authenticator
                .authenticateResource("admin", "pax123".toCharArray())
                .resourceId());
    }

    protected long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
