package org.c2desk.imports;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.c2desk.platform.NotFoundException;

/**
 * What an import's batch job records of itself on its run: the run it works on and its file, when it starts, where
 * it stands, each committed chunk, how it ended. Called by the job only: the caller who started the run was checked
 * then ({@link ImportRuns}, the batch module's JobStarter), and the job works with that caller's rights.
 */
@Stateless
public class ImportProgress {

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/c2desk")
    DataSource dataSource;

    /** The run, as it is now in the database. */
    public ImportRun run(UUID id) {
        ImportRun run = id == null ? null : em.find(ImportRun.class, id);
        if (run == null) {
            throw new NotFoundException("ImportRun", id);
        }
        em.refresh(run);
        return run;
    }

    /** The stored file, streamed part by part. */
    public StoredFileInputStream openFile(UUID runId) {
        return new StoredFileInputStream(dataSource, runId);
    }

    /**
     * A job execution began for the run, on this server: the run is RUNNING, owned by this server's boot, and its
     * pass (for the rate) starts at the last committed record.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void jobStarted(UUID runId, long executionId) {
        ImportSql.update(
                dataSource,
                "update import_run set status = 'RUNNING', job_execution_id = ?, started_on = coalesce(started_on, now()),"
                        + " ended_on = null, message = null, owner_node = ?, owner_boot = ?, heartbeat_on = now(),"
                        + " pass_started_on = now(), pass_first_record = last_record, version = version + 1 where id = ?",
                executionId,
                ImportNode.NODE,
                ImportNode.BOOT,
                runId);
    }

    /** The file was read through: its encoding and header are right, it holds {@code total} records. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void prepared(UUID runId, long total) {
        ImportSql.update(
                dataSource,
                "update import_run set total_count = ?, heartbeat_on = now(), pass_started_on = now(),"
                        + " version = version + 1 where id = ?",
                total,
                runId);
    }

    /**
     * Enters a pass over the rows. Counts, rejections and the last record start again unless the run is already in
     * that phase (a restart continues where it stopped).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void enterPhase(UUID runId, String phase) {
        int changed = ImportSql.update(
                dataSource,
                "update import_run set phase = ?, read_count = 0, inserted_count = 0, updated_count = 0,"
                        + " rejected_count = 0, last_record = 0, pass_started_on = now(), pass_first_record = 0,"
                        + " version = version + 1 where id = ? and phase is distinct from ?",
                phase,
                runId,
                phase);
        if (changed > 0) {
            ImportSql.update(dataSource, "delete from import_rejection where import_run_id = ?", runId);
            ImportSql.update(dataSource, "delete from import_planned_key where import_run_id = ?", runId);
        }
    }

    /**
     * The run ended ({@code status}), as its job on this server saw it. Nothing happens when another server (or a
     * later start of this one) has taken the run meanwhile: its job decides.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ended(UUID runId, ImportRun.Status status, String message) {
        ImportSql.update(
                dataSource,
                "update import_run set status = ?, message = coalesce(?, message), ended_on = now(),"
                        + " heartbeat_on = now(), version = version + 1 where id = ? and (owner_boot is null or owner_boot = ?)",
                status.name(),
                ImportSql.truncate(message, 2000),
                runId,
                ImportNode.BOOT);
        if (status != ImportRun.Status.FAILED && status != ImportRun.Status.STOPPED) {
            // a validation pass's planned keys serve a restart only
            ImportSql.update(dataSource, "delete from import_planned_key where import_run_id = ?", runId);
        }
    }

    /**
     * Records a committed chunk, in the chunk's transaction (the same as the rows written): its counts, the rows it
     * rejected, and the last record it covered. The chunk must continue the run exactly where the last committed
     * chunk ended, on the server that owns the run: otherwise (another server or another execution took the run
     * meanwhile) it is refused and its transaction rolls back, so no row is ever written twice.
     *
     * @return whether a stop was asked meanwhile (from another server, or before this server took the run)
     */
    public boolean recordChunk(
            UUID runId,
            long read,
            long inserted,
            long updated,
            List<ImportRow> rejected,
            long firstRecord,
            long lastRecord) {
        try (Connection connection = dataSource.getConnection()) {
            boolean stop;
            try (PreparedStatement update = connection.prepareStatement("update import_run set"
                    + " read_count = read_count + ?, inserted_count = inserted_count + ?,"
                    + " updated_count = updated_count + ?, rejected_count = rejected_count + ?, last_record = ?,"
                    + " heartbeat_on = now(), version = version + 1"
                    + " where id = ? and last_record = ? and owner_boot = ? returning stop_requested")) {
                update.setLong(1, read);
                update.setLong(2, inserted);
                update.setLong(3, updated);
                update.setLong(4, rejected.size());
                update.setLong(5, lastRecord);
                update.setObject(6, runId);
                update.setLong(7, firstRecord - 1);
                update.setObject(8, ImportNode.BOOT);
                try (ResultSet result = update.executeQuery()) {
                    if (!result.next()) {
                        throw new IllegalStateException("Import " + runId + ": the chunk of records " + firstRecord
                                + " to " + lastRecord + " does not follow the last committed record on this server;"
                                + " another server or execution has taken the import. Chunk rolled back.");
                    }
                    stop = result.getBoolean(1);
                }
            }
            if (!rejected.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement("insert into import_rejection"
                        + " (import_run_id, line_number, record_number, column_name, value, reason)"
                        + " values (?, ?, ?, ?, ?, ?)")) {
                    for (ImportRow row : rejected) {
                        for (Rejection rejection : row.rejections()) {
                            insert.setObject(1, runId);
                            insert.setLong(2, rejection.lineNumber());
                            insert.setLong(3, rejection.recordNumber());
                            insert.setString(4, ImportSql.truncate(rejection.column(), 200));
                            insert.setString(5, ImportSql.truncate(rejection.value(), 1000));
                            insert.setString(6, ImportSql.truncate(rejection.reason(), 2000));
                            insert.addBatch();
                        }
                    }
                    insert.executeBatch();
                }
            }
            return stop;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record a chunk of import " + runId, e);
        }
    }
}
