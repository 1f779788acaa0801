package org.c2desk.ear.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.c2desk.batch.ImportRecovery;
import org.c2desk.batch.JobStarter;
import org.c2desk.ear.support.Deployments;
import org.c2desk.imports.ImportLeases;
import org.c2desk.imports.ImportOptions;
import org.c2desk.imports.ImportProgress;
import org.c2desk.imports.ImportRun;
import org.c2desk.imports.ImportRuns;
import org.c2desk.security.Authenticator;
import org.c2desk.security.Caller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Crash recovery of imports inside the suite (the kill -9 itself is bench/import-crash.sh): a run left RUNNING by a
 * server that is gone (another node, stale heartbeat) is taken back by ImportRecovery and continued after its last
 * committed record, ending with each row once; a chunk that does not follow the last committed record is refused.
 */
@ExtendWith(ArquillianExtension.class)
class ImportRecoveryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(ImportRecoveryIT.class);
    }

    @EJB
    ImportRuns runs;

    @EJB
    ImportLeases leases;

    @EJB
    ImportProgress progress;

    @EJB
    JobStarter jobs;

    @EJB
    ImportRecovery recovery;

    @EJB
    Authenticator authenticator;

    @Resource(lookup = "java:app/jdbc/c2desk")
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @Test
    void aRunLeftRunningByADeadServerIsContinuedAndEndsWithEachRowOnce() throws Exception {
        String tag = "rec" + UUID.randomUUID().toString().substring(0, 8);
        int rows = 40_000;
        Caller admin = admin();
        ImportRun run =
                runs.create(admin, ImportRun.Kind.CLIENT, "recover.csv", file(tag, rows), ImportOptions.DEFAULT);
        jobs.startImport(admin, run.getId());
        long deadline = System.currentTimeMillis() + 120_000;
        while (runs.find(admin, run.getId()).getLastRecord() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        jobs.stopImport(admin, run.getId());
        ImportRun stopped = await(run.getId());
        assertEquals(ImportRun.Status.STOPPED, stopped.getStatus(), "stopped before its end: " + stopped);
        long committed = stopped.getLastRecord();
        assertTrue(committed > 0 && committed < rows, stopped.toString());

        // What a crash of another server of the cluster leaves: RUNNING, owned by a node that no longer beats.
        execute("update import_run set status = 'RUNNING', ended_on = null, stop_requested = false,"
                + " owner_node = 'dead-host:/domains/gone', owner_boot = '" + UUID.randomUUID() + "',"
                + " heartbeat_on = now() - interval '10 minutes' where id = '" + run.getId() + "'");

        recovery.recover(); // (the every-minute timer may have been first: then this finds nothing)
        recovery.recover(); // a second look must not take it again
        ImportRun done = await(run.getId());

        assertEquals(ImportRun.Status.COMPLETED, done.getStatus(), done.toString());
        assertEquals(1, done.getAutoRestarts());
        assertEquals(rows, done.getInsertedCount());
        assertEquals(rows, count("select count(*) from client where external_id like '" + tag + "-%'"));
        assertEquals(
                rows, count("select count(distinct external_id) from client where external_id like '" + tag + "-%'"));
        // The batch runtime's job repository is the application's PostgreSQL (server-config/40-batch.asadmin, schema
        // batch), not Payara's embedded H2: the continuing execution and the stopped one are both there.
        assertEquals(
                "COMPLETED",
                text("select batchstatus from batch.executioninstancedata where jobexecid = "
                        + done.getJobExecutionId()));
        assertTrue(count("select count(*) from batch.executioninstancedata where jobexecid < "
                        + done.getJobExecutionId() + " and batchstatus = 'STOPPED'")
                >= 1);
    }

    @Test
    void aRunOfALiveServerIsLeftAlone() throws Exception {
        Caller admin = admin();
        ImportRun run = runs.create(admin, ImportRun.Kind.CLIENT, "alive.csv", file("alive", 1), ImportOptions.DEFAULT);
        execute("update import_run set status = 'RUNNING', owner_node = 'other-host:/domains/alive', owner_boot = '"
                + UUID.randomUUID() + "', heartbeat_on = now() where id = '" + run.getId() + "'");
        try {
            assertTrue(leases.claimOrphans(15, 180).stream().noneMatch(c -> c.id().equals(run.getId())));
        } finally {
            execute("update import_run set status = 'FAILED' where id = '" + run.getId() + "'");
        }
    }

    @Test
    void aChunkThatDoesNotFollowTheLastCommittedRecordIsRefused() throws Exception {
        Caller admin = admin();
        ImportRun run = runs.create(admin, ImportRun.Kind.CLIENT, "guard.csv", file("guard", 1), ImportOptions.DEFAULT);
        leases.claimNew(run.getId());
        transaction.begin();
        try {
            assertTrue(
                    !progress.recordChunk(run.getId(), 1, 1, 0, List.of(), 1, 1), "the first chunk follows record 0");
        } finally {
            transaction.commit();
        }
        assertRefused(() -> progress.recordChunk(run.getId(), 1, 1, 0, List.of(), 1, 1), "the same chunk again");
        assertRefused(() -> progress.recordChunk(run.getId(), 1, 1, 0, List.of(), 5, 5), "a gap");
        assertEquals(1, runs.find(admin, run.getId()).getLastRecord());
        execute("update import_run set status = 'FAILED' where id = '" + run.getId() + "'");
    }

    void assertRefused(Runnable chunk, String what) throws Exception {
        transaction.begin();
        try {
            Exception refused = assertThrows(Exception.class, chunk::run, what);
            StringBuilder messages = new StringBuilder();
            for (Throwable t = refused; t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append(" / ");
            }
            assertTrue(messages.toString().contains("does not follow the last committed record"), messages.toString());
        } finally {
            transaction.rollback();
        }
    }

    static byte[] file(String tag, int rows) {
        StringBuilder csv = new StringBuilder(ClientImportIT.HEADER).append("\r\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("Ana,Silva ")
                    .append(i)
                    .append(',')
                    .append(tag)
                    .append('-')
                    .append(i)
                    .append("@example.org,,false,en-US,,,,,,,,Northwind Health,")
                    .append(tag)
                    .append('-')
                    .append(i)
                    .append(",true\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    ImportRun await(UUID runId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 240_000;
        while (System.currentTimeMillis() < deadline) {
            ImportRun run = runs.find(admin(), runId);
            if (run.isEnded()) {
                return run;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The import " + runId + " did not end: " + runs.find(admin(), runId));
    }

    Caller admin() {
        return authenticator.callerFor(authenticator
                .authenticateResource("admin", "pax123".toCharArray())
                .resourceId());
    }

    void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }

    String text(String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
