package org.c2desk.imports;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Caller;
import org.c2desk.security.Permission;

/**
 * Import runs: creating one from an uploaded file, and reading them, for whoever may see imports. The job's own
 * bookkeeping is {@link ImportProgress}, which server runs it {@link ImportLeases}, the report of its rejections
 * {@link ImportReports}. The file is kept in the database ({@code import_file_part}), so every instance of a cluster can run or
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

    /** Stores the file and creates the run (status NEW); the job is started by the batch module's JobStarter. */
    public ImportRun create(
            Caller caller, ImportRun.Kind kind, String fileName, byte[] content, ImportOptions options) {
        requireMayImport(caller, kind, options);
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
        ImportSql.update(dataSource, "update import_run set file_size = ? where id = ?", size, run.getId());
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

    /** Refuses a caller who may not see nor run imports at all: the IMPORT permission. */
    public void requireMayImport(Caller caller) {
        caller.require(Permission.IMPORT);
    }

    /** Refuses a caller who may not run such an import. */
    public void requireMayImport(Caller caller, ImportRun.Kind kind, ImportOptions options) {
        requireMayImport(caller);
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

    /** A run, as it is now, for whoever may see imports; "not found" for an unknown id. */
    public ImportRun find(Caller caller, UUID id) {
        requireMayImport(caller);
        ImportRun run = id == null ? null : em.find(ImportRun.class, id);
        if (run == null) {
            throw new NotFoundException("ImportRun", id);
        }
        em.refresh(run);
        return run;
    }

    /** The latest runs of a kind (null: of every kind), newest first, for whoever may see imports. */
    public List<ImportRun> latest(Caller caller, ImportRun.Kind kind, int max) {
        requireMayImport(caller);
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
}
