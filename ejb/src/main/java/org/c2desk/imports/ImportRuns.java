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
import java.util.Arrays;
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
import org.c2desk.imports.ClientReferences.CustomColumn;
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
 * needs {@link Permission#CLIENT_CREATE}, and {@link Permission#CLIENT_EDIT} when rows are matched on an upsert key.
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
    public ImportRun create(Caller caller, ImportRun.Kind kind, String fileName, byte[] content, ImportOptions options) {
        requireMayImport(caller, options);
        if (kind != ImportRun.Kind.CLIENT) {
            throw new ValidationException("Kind", "error.notYet", "Imports of " + kind + " are not available yet", kind);
        }
        if (content == null || content.length == 0) {
            throw new ValidationException("File", "error.required", "File: the file is empty", "File");
        }
        if (content.length > MAX_FILE_SIZE) {
            throw new ValidationException("File", "error.tooLarge",
                    "File: at most " + (MAX_FILE_SIZE >> 20) + " MB (got " + (content.length >> 20) + " MB)", "File");
        }
        String name = fileName == null || fileName.isBlank() ? "import.csv" : fileName.strip();
        name = name.length() > 260 ? name.substring(name.length() - 260) : name;
        ImportRun run = new ImportRun(UUID.randomUUID(), kind, name, content.length, options, caller.userName(),
                caller.resourceId());
        em.persist(run);
        em.flush();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into import_file_part (import_run_id, part_number, content) values (?, ?, ?)")) {
            for (int part = 0, offset = 0; offset < content.length; part++, offset += PART_SIZE) {
                insert.setObject(1, run.getId());
                insert.setInt(2, part);
                insert.setBytes(3, Arrays.copyOfRange(content, offset, Math.min(content.length, offset + PART_SIZE)));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the file of import " + run.getId(), e);
        }
        return run;
    }

    /** Refuses a caller who may not run such an import. */
    public void requireMayImport(Caller caller, ImportOptions options) {
        caller.require(Permission.IMPORT);
        if (!options.dryRun()) {
            caller.require(Permission.CLIENT_CREATE);
            if (options.upsertKey() != null) {
                caller.require(Permission.CLIENT_EDIT);
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

    /** The latest runs of a kind, newest first. */
    public List<ImportRun> latest(ImportRun.Kind kind, int max) {
        return em.createQuery("select r from ImportRun r where r.kind = :kind order by r.createdOn desc", ImportRun.class)
                .setParameter("kind", kind).setMaxResults(max).getResultList();
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

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void jobStarted(UUID runId, long executionId) {
        update("update import_run set status = 'RUNNING', job_execution_id = ?, started_on = coalesce(started_on, now()),"
                + " ended_on = null, message = null, version = version + 1 where id = ?", executionId, runId);
    }

    /** The file was read through: its encoding and header are right, it holds {@code total} records. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void prepared(UUID runId, long total) {
        update("update import_run set total_count = ?, version = version + 1 where id = ?", total, runId);
    }

    /**
     * Enters a pass over the rows. Counts, rejections and the last record start again unless the run is already in
     * that phase (a restart continues where it stopped).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void enterPhase(UUID runId, String phase) {
        int changed = update("update import_run set phase = ?, read_count = 0, inserted_count = 0, updated_count = 0,"
                + " rejected_count = 0, last_record = 0, version = version + 1"
                + " where id = ? and phase is distinct from ?", phase, runId, phase);
        if (changed > 0) {
            update("delete from import_rejection where import_run_id = ?", runId);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ended(UUID runId, ImportRun.Status status, String message) {
        update("update import_run set status = ?, message = coalesce(?, message), ended_on = now(),"
                + " version = version + 1 where id = ?", status.name(), truncate(message, 2000), runId);
    }

    /**
     * Records a committed chunk, in the chunk's transaction (the same as the rows written): its counts, the rows it
     * rejected, and the last record it covered.
     */
    public void recordChunk(UUID runId, long read, long inserted, long updated, List<ImportRow> rejected,
            long lastRecord) {
        try (Connection connection = dataSource.getConnection()) {
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
            try (PreparedStatement update = connection.prepareStatement("update import_run set"
                    + " read_count = read_count + ?, inserted_count = inserted_count + ?,"
                    + " updated_count = updated_count + ?, rejected_count = rejected_count + ?, last_record = ?,"
                    + " version = version + 1 where id = ?")) {
                update.setLong(1, read);
                update.setLong(2, inserted);
                update.setLong(3, updated);
                update.setLong(4, rejected.size());
                update.setLong(5, lastRecord);
                update.setObject(6, runId);
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record a chunk of import " + runId, e);
        }
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
                    rejections.add(new Rejection(result.getLong(1), result.getLong(2), result.getString(3),
                            result.getString(4), result.getString(5)));
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
                    printer.printRecord(result.getLong(1), result.getString(2), result.getString(3), result.getString(4));
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
        for (Enterprise enterprise : em.createQuery("select e from Enterprise e", Enterprise.class).getResultList()) {
            if (!caller.seesEnterprise(enterprise.getId())) {
                continue;
            }
            EnterpriseRef ref = new EnterpriseRef(enterprise.getId(), enterprise.getName(), enterprise.isActive(),
                    enterprise.getDefaultCulture());
            enterprises.put(enterprise.getId().toString(), ref);
            enterprises.put(enterprise.getName().strip().toLowerCase(Locale.ROOT), ref);
        }
        Map<String, UUID> countries = new HashMap<>();
        for (Country country : em.createQuery("select c from Country c", Country.class).getResultList()) {
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
                        columns.add(new CustomColumn(cell.getDefinition(), section.getId(),
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
