package org.c2desk.imports;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.c2desk.customfield.CustomFields;
import org.c2desk.customfield.FieldCell;
import org.c2desk.customfield.FieldRow;
import org.c2desk.customfield.FieldSection;
import org.c2desk.customfield.FormKind;
import org.c2desk.enterprise.Enterprise;
import org.c2desk.imports.ClientReferences.EnterpriseRef;
import org.c2desk.platform.Country;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Authenticator;
import org.c2desk.security.Caller;
import org.c2desk.security.Permission;

/**
 * Import runs: creating one from an uploaded file, the bookkeeping of the job that runs it, its rejections and their
 * report. The file is kept in the database ({@code import_file_part}), so every instance of a cluster can run or
 * restart the job.
 *
 * <p>Permissions: starting an import needs {@link Permission#IMPORT}; an import that writes (not a dry run) also
 * needs {@link Permission#CLIENT_CREATE} (CIs: {@link Permission#CI_CREATE}), and {@link Permission#CLIENT_EDIT}
 * ({@link Permission#CI_EDIT}) when rows are matched on an upsert key.
 */
@Stateless
public class ImportRuns {

    /** The size of the parts a file is stored in. */
    public static final int PART_SIZE = 1 << 20;
    /** The largest file accepted. */
    public static final long MAX_FILE_SIZE = 512L << 20;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/c2desk")
    DataSource dataSource;

    @EJB
    CustomFields customFields;

    @EJB
    Authenticator authenticator;

    /** Stores the file and creates the run (status NEW); the job is started by the batch module's JobStarter. */
    public ImportRun create(
            Caller caller, ImportRun.Kind kind, String fileName, byte[] content, ImportOptions options) {
        if (content != null && content.length > MAX_FILE_SIZE) {
            throw tooLarge(content.length);
        }
        return create(
                caller,
                kind,
                fileName,
                new java.io.ByteArrayInputStream(content == null ? new byte[0] : content),
                options);
    }

    /**
     * Stores a file read from a stream (an upload) part by part, never holding more than one part in memory, and
     * creates the run (status NEW). Refused when empty or over {@link #MAX_FILE_SIZE}.
     */
    public ImportRun create(
            Caller caller, ImportRun.Kind kind, String fileName, java.io.InputStream content, ImportOptions options) {
        requireMayImport(caller, kind, options);
        String name = fileName == null || fileName.isBlank() ? "import.csv" : fileName.strip();
        name = name.replaceAll("^.*[/\\\\]", "");
        name = name.isBlank() ? "import.csv" : name.length() > 260 ? name.substring(name.length() - 260) : name;
        ImportRun run =
                new ImportRun(UUID.randomUUID(), kind, name, 0, options, caller.userName(), caller.resourceId());
        em.persist(run);
        em.flush();
        long size = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into import_file_part (import_run_id, part_number, content) values (?, ?, ?)")) {
            for (int part = 0; ; part++) {
                byte[] bytes = content.readNBytes(PART_SIZE);
                if (bytes.length == 0) {
                    break;
                }
                size += bytes.length;
                if (size > MAX_FILE_SIZE) {
                    throw tooLarge(size);
                }
                insert.setObject(1, run.getId());
                insert.setInt(2, part);
                insert.setBytes(3, bytes);
                insert.executeUpdate();
                if (bytes.length < PART_SIZE) {
                    break;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the file of import " + run.getId(), e);
        } catch (IOException e) {
            throw new ValidationException(
                    "File", "error.import.upload", "File: the upload broke off (" + e.getMessage() + ")", "File");
        }
        if (size == 0) {
            throw new ValidationException("File", "error.required", "File: the file is empty", "File");
        }
        update("update import_run set file_size = ? where id = ?", size, run.getId());
        em.detach(run);
        return em.find(ImportRun.class, run.getId());
    }

    private static ValidationException tooLarge(long size) {
        return new ValidationException(
                "File",
                "error.tooLarge",
                "File: at most " + (MAX_FILE_SIZE >> 20) + " MB (got " + (size >> 20) + " MB or more)",
                "File");
    }

    /** Refuses a caller who may not run such an import. */
    public void requireMayImport(Caller caller, ImportRun.Kind kind, ImportOptions options) {
        caller.require(Permission.IMPORT);
        if (options.upsertKey() != null && !options.upsertKey().fits(kind)) {
            throw new ValidationException(
                    "UpsertKey",
                    "error.import.upsertKey",
                    "UpsertKey: "
                            + (kind == ImportRun.Kind.CI
                                    ? "CIs are matched on NAME_IN_FOLDER or EXTERNAL_ID"
                                    : "clients are matched on EMAIL, USER_NAME or EXTERNAL_ID")
                            + ", not " + options.upsertKey(),
                    options.upsertKey());
        }
        if (!options.dryRun()) {
            caller.require(kind == ImportRun.Kind.CI ? Permission.CI_CREATE : Permission.CLIENT_CREATE);
            if (options.upsertKey() != null) {
                caller.require(kind == ImportRun.Kind.CI ? Permission.CI_EDIT : Permission.CLIENT_EDIT);
            }
        }
    }

    public ImportRun find(UUID id) {
        ImportRun run = id == null ? null : em.find(ImportRun.class, id);
        if (run == null) {
            throw new NotFoundException("ImportRun", id);
        }
        em.refresh(run);
        return run;
    }

    /** The latest runs of a kind (null: of every kind), newest first. */
    public List<ImportRun> latest(ImportRun.Kind kind, int max) {
        if (kind == null) {
            return em.createQuery("select r from ImportRun r order by r.createdOn desc", ImportRun.class)
                    .setMaxResults(max)
                    .getResultList();
        }
        return em.createQuery(
                        "select r from ImportRun r where r.kind = :kind order by r.createdOn desc", ImportRun.class)
                .setParameter("kind", kind)
                .setMaxResults(max)
                .getResultList();
    }

    /** The stored file, streamed part by part. */
    public StoredFileInputStream openFile(UUID runId) {
        return new StoredFileInputStream(dataSource, runId);
    }

    /** The resource who started the run, as they are now (permissions, enterprises). */
    public Caller callerOf(ImportRun run) {
        return authenticator.callerFor(run.getStartedById());
    }

    // ------------------------------------------------------------------------------------------- job bookkeeping

    /**
     * A job execution began for the run, on this server: the run is RUNNING, owned by this server's boot, and its
     * pass (for the rate) starts at the last committed record.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void jobStarted(UUID runId, long executionId) {
        update(
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
        update(
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
        int changed = update(
                "update import_run set phase = ?, read_count = 0, inserted_count = 0, updated_count = 0,"
                        + " rejected_count = 0, last_record = 0, pass_started_on = now(), pass_first_record = 0,"
                        + " version = version + 1 where id = ? and phase is distinct from ?",
                phase,
                runId,
                phase);
        if (changed > 0) {
            update("delete from import_rejection where import_run_id = ?", runId);
            update("delete from import_planned_key where import_run_id = ?", runId);
        }
    }

    /**
     * The run ended ({@code status}), as its job on this server saw it. Nothing happens when another server (or a
     * later start of this one) has taken the run meanwhile: its job decides.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ended(UUID runId, ImportRun.Status status, String message) {
        update(
                "update import_run set status = ?, message = coalesce(?, message), ended_on = now(),"
                        + " heartbeat_on = now(), version = version + 1 where id = ? and (owner_boot is null or owner_boot = ?)",
                status.name(),
                truncate(message, 2000),
                runId,
                ImportNode.BOOT);
        if (status != ImportRun.Status.FAILED && status != ImportRun.Status.STOPPED) {
            // a validation pass's planned keys serve a restart only
            update("delete from import_planned_key where import_run_id = ?", runId);
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
                            insert.setString(4, truncate(rejection.column(), 200));
                            insert.setString(5, truncate(rejection.value(), 1000));
                            insert.setString(6, truncate(rejection.reason(), 2000));
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

    // -------------------------------------------------------------------------------------- restarts, recovery

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
        update("update import_run set heartbeat_on = now() where id = ? and owner_boot = ?", runId, ImportNode.BOOT);
    }

    /** Keeps the heartbeat of the runs this server runs (a long step commits nothing for a while). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int heartbeat() {
        return update(
                "update import_run set heartbeat_on = now() where status = 'RUNNING' and owner_boot = ?",
                ImportNode.BOOT);
    }

    /**
     * Takes a FAILED or STOPPED run for a restart on this server: RUNNING again, owned here, the stop request
     * cleared. Refused when it is not restartable (or someone restarted it meanwhile).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void claimForRestart(UUID runId) {
        int changed = update(
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
        int changed = update(
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
        return update(
                        "update import_run set stop_requested = true, version = version + 1"
                                + " where id = ? and status in ('NEW', 'RUNNING')",
                        runId)
                > 0;
    }

    // ------------------------------------------------------------------------------------------------- report

    /** The run's rejections in file order. */
    public List<Rejection> rejections(UUID runId, int first, int max) {
        List<Rejection> rejections = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select line_number, record_number, column_name,"
                        + " value, reason from import_rejection where import_run_id = ? order by line_number, id"
                        + " offset ? limit ?")) {
            select.setObject(1, runId);
            select.setInt(2, first);
            select.setInt(3, max);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rejections.add(new Rejection(
                            result.getLong(1),
                            result.getLong(2),
                            result.getString(3),
                            result.getString(4),
                            result.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the rejections of import " + runId, e);
        }
        return rejections;
    }

    /**
     * Writes the rejection report: CSV in UTF-8 with a byte-order mark (Excel opens it right), columns Line,
     * Column, Value, Reason, in file order.
     */
    public void writeReport(UUID runId, OutputStream out) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select line_number, column_name, value, reason"
                        + " from import_rejection where import_run_id = ? order by line_number, id")) {
            select.setFetchSize(1000);
            select.setObject(1, runId);
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
            printer.printRecord("Line", "Column", "Value", "Reason");
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    printer.printRecord(
                            result.getLong(1), result.getString(2), result.getString(3), result.getString(4));
                }
            }
            printer.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the rejections of import " + runId, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------ references

    /** What client rows are resolved against, for a resource (only the enterprises they see). */
    public ClientReferences clientReferences(Caller caller) {
        Map<String, EnterpriseRef> enterprises = new HashMap<>();
        for (Enterprise enterprise :
                em.createQuery("select e from Enterprise e", Enterprise.class).getResultList()) {
            if (!caller.seesEnterprise(enterprise.getId())) {
                continue;
            }
            EnterpriseRef ref = new EnterpriseRef(
                    enterprise.getId(), enterprise.getName(), enterprise.isActive(), enterprise.getDefaultCulture());
            enterprises.put(enterprise.getId().toString(), ref);
            enterprises.put(enterprise.getName().strip().toLowerCase(Locale.ROOT), ref);
        }
        Map<String, UUID> countries = new HashMap<>();
        for (Country country :
                em.createQuery("select c from Country c", Country.class).getResultList()) {
            countries.put(country.getIsoCode().toUpperCase(Locale.ROOT), country.getId());
        }
        return new ClientReferences(enterprises, countries, clientCustomColumns());
    }

    /** The custom fields of the client form, in the form's order. */
    public List<CustomColumn> clientCustomColumns() {
        List<CustomColumn> columns = new ArrayList<>();
        for (FieldSection section : customFields.layout(FormKind.CLIENT, null)) {
            for (FieldRow row : section.getRows()) {
                for (FieldCell cell : row.getCells()) {
                    if (cell.getDefinition() != null && cell.getDefinition().isActive()) {
                        columns.add(new CustomColumn(
                                cell.getDefinition(),
                                section.getId(),
                                cell.isEffectivelyRequired() && section.getVisibleIfDefinition() == null));
                    }
                }
            }
        }
        return columns;
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Import bookkeeping failed: " + sql, e);
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
