package org.c2desk.imports;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.c2desk.platform.ValidationException;

/**
 * Which server runs an import: a run is taken (claimed) by one server's boot, kept by its heartbeat, taken back
 * after a crash, and asked to stop wherever it runs. One UPDATE each, so that two servers never take the same run.
 * Called by the batch module (JobStarter after it checked its caller, the recovery timer) only.
 */
@Stateless
public class ImportLeases {

    @Resource(lookup = "java:app/jdbc/c2desk")
    DataSource dataSource;

    /** A run taken back by this server after its job stopped in the middle. */
    public record Claimed(
            UUID id, Long previousExecution, boolean previousOnThisNode, int autoRestarts, boolean stopRequested) {}

    /**
     * Takes, for this server, the RUNNING runs whose job no server runs any more: those this server ran before it
     * stopped (same node, earlier boot) once their heartbeat is {@code sameNodeStaleSeconds} old (a job of the
     * application deployed before a redeployment may still run, and keeps it fresh), and those of any server whose
     * heartbeat is older than {@code staleSeconds}.
     * One UPDATE: when several servers try at once, PostgreSQL's row locks let one only take a given run.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Claimed> claimOrphans(int sameNodeStaleSeconds, int staleSeconds) {
        List<Claimed> claimed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update import_run r set owner_node = ?,"
                        + " owner_boot = ?, heartbeat_on = now(), auto_restarts = r.auto_restarts + 1,"
                        + " version = r.version + 1"
                        + " from (select id, job_execution_id, owner_node from import_run where status = 'RUNNING'"
                        + "   and owner_boot is distinct from ? and (owner_node is null or heartbeat_on is null"
                        + "   or (owner_node = ? and heartbeat_on < now() - make_interval(secs => ?))"
                        + "   or heartbeat_on < now() - make_interval(secs => ?))"
                        + "   for update skip locked) old"
                        + " where r.id = old.id"
                        + " returning r.id, old.job_execution_id, old.owner_node, r.auto_restarts, r.stop_requested")) {
            update.setString(1, ImportNode.NODE);
            update.setObject(2, ImportNode.BOOT);
            update.setObject(3, ImportNode.BOOT);
            update.setString(4, ImportNode.NODE);
            update.setInt(5, sameNodeStaleSeconds);
            update.setInt(6, staleSeconds);
            try (ResultSet result = update.executeQuery()) {
                while (result.next()) {
                    long execution = result.getLong(2);
                    claimed.add(new Claimed(
                            result.getObject(1, UUID.class),
                            result.wasNull() ? null : execution,
                            ImportNode.NODE.equals(result.getString(3)),
                            result.getInt(4),
                            result.getBoolean(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look for interrupted imports", e);
        }
        return claimed;
    }

    /** A sign of life of a run's job during a long step (the count of a large file). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void touch(UUID runId) {
        ImportSql.update(
                dataSource,
                "update import_run set heartbeat_on = now() where id = ? and owner_boot = ?",
                runId,
                ImportNode.BOOT);
    }

    /** Keeps the heartbeat of the runs this server runs (a long step commits nothing for a while). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int heartbeat() {
        return ImportSql.update(
                dataSource,
                "update import_run set heartbeat_on = now() where status = 'RUNNING' and owner_boot = ?",
                ImportNode.BOOT);
    }

    /**
     * Takes a FAILED or STOPPED run for a restart on this server: RUNNING again, owned here, the stop request
     * cleared. Refused when it is not restartable (or someone restarted it meanwhile).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void claimForRestart(UUID runId) {
        int changed = ImportSql.update(
                dataSource,
                "update import_run set status = 'RUNNING', owner_node = ?, owner_boot = ?,"
                        + " heartbeat_on = now(), stop_requested = false, message = null, ended_on = null,"
                        + " version = version + 1 where id = ? and status in ('FAILED', 'STOPPED')",
                ImportNode.NODE,
                ImportNode.BOOT,
                runId);
        if (changed == 0) {
            throw new ValidationException(
                    "RunId",
                    "error.import.notRestartable",
                    "The import " + runId + " cannot be restarted: only a failed or stopped import can",
                    runId);
        }
    }

    /** Takes a NEW run for its first start on this server; refused when it was started already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void claimNew(UUID runId) {
        int changed = ImportSql.update(
                dataSource,
                "update import_run set status = 'RUNNING', owner_node = ?, owner_boot = ?,"
                        + " heartbeat_on = now(), version = version + 1 where id = ? and status = 'NEW'",
                ImportNode.NODE,
                ImportNode.BOOT,
                runId);
        if (changed == 0) {
            throw new ValidationException(
                    "RunId", "error.import.alreadyStarted", "The import " + runId + " was already started", runId);
        }
    }

    /** Asks the run's job to stop at the end of its current chunk, wherever it runs. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean requestStop(UUID runId) {
        return ImportSql.update(
                        dataSource,
                        "update import_run set stop_requested = true, version = version + 1"
                                + " where id = ? and status in ('NEW', 'RUNNING')",
                        runId)
                > 0;
    }
}
