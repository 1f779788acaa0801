package org.c2desk.web.console.imports;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.c2desk.batch.JobStarter;
import org.c2desk.imports.ImportOptions;
import org.c2desk.imports.ImportRun;
import org.c2desk.imports.ImportRuns;
import org.c2desk.imports.UpsertKey;
import org.c2desk.platform.BusinessException;
import org.c2desk.platform.ForbiddenException;
import org.c2desk.web.i18n.LocaleSelector;
import org.c2desk.web.i18n.Messages;
import org.c2desk.web.security.CurrentUser;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code console/imports.xhtml} (Management/Imports): the client and CI templates and their advice, the upload
 * with its options (clients or CIs), the progress of the running import (polled), the history with reports, stop and restart.
 */
@Named
@ViewScoped
public class ImportsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Imports shown in the history. */
    static final int HISTORY = 20;
    /** The largest file, in MB, as the page says up front. */
    public static final long MAX_MB = ImportRuns.MAX_FILE_SIZE >> 20;

    @EJB
    ImportRuns runs;

    @EJB
    JobStarter jobs;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleSelector localeSelector;

    private transient UploadedFile file;
    private String kind = "CLIENT";
    private String mode = "DRY_RUN";
    private boolean allOrNothing;
    private String upsertKey = "";
    private String encoding = "UTF-8";
    private UUID focused;
    private transient List<Row> history;

    /** One import as the page shows it. */
    public record Row(
            UUID id,
            String kind,
            String fileName,
            long fileSize,
            String startedBy,
            OffsetDateTime createdOn,
            OffsetDateTime endedOn,
            String status,
            String phase,
            String message,
            boolean dryRun,
            boolean allOrNothing,
            String upsertKey,
            String encoding,
            Long total,
            long read,
            long inserted,
            long updated,
            long rejected,
            long lastRecord,
            int percent,
            long rowsPerSecond,
            Long secondsLeft,
            boolean running,
            boolean restartable,
            int autoRestarts) {

        static Row of(ImportRun r, Instant now) {
            ImportOptions o = r.getOptions();
            return new Row(
                    r.getId(),
                    r.getKind().name(),
                    r.getFileName(),
                    r.getFileSize(),
                    r.getStartedBy(),
                    r.getCreatedOn(),
                    r.getEndedOn(),
                    r.getStatus().name(),
                    r.getPhase(),
                    r.getMessage(),
                    o.dryRun(),
                    o.allOrNothing(),
                    o.upsertKey() == null ? null : o.upsertKey().name(),
                    o.encodingName(),
                    r.getTotalCount(),
                    r.getReadCount(),
                    r.getInsertedCount(),
                    r.getUpdatedCount(),
                    r.getRejectedCount(),
                    r.getLastRecord(),
                    r.percentDone(),
                    Math.round(r.rowsPerSecond(now)),
                    r.secondsLeft(now),
                    !r.isEnded(),
                    r.isRestartable(),
                    r.getAutoRestarts());
        }
    }

    /**
     * The latest imports, newest first (read once per request; the poll reads them again); none for whoever may not
     * see imports.
     */
    public List<Row> getHistory() {
        if (history == null) {
            Instant now = Instant.now();
            try {
                history = runs.latest(currentUser.caller(), null, HISTORY).stream()
                        .map(r -> Row.of(r, now))
                        .toList();
            } catch (ForbiddenException e) {
                history = List.of();
            }
        }
        return history;
    }

    /** The import the progress bar follows: the one just started, else the latest running one, else the latest. */
    public Row getCurrent() {
        List<Row> rows = getHistory();
        if (focused != null) {
            for (Row row : rows) {
                if (row.id().equals(focused)) {
                    return row;
                }
            }
        }
        return rows.stream().filter(Row::running).findFirst().orElse(rows.isEmpty() ? null : rows.get(0));
    }

    public boolean isAnyRunning() {
        return getHistory().stream().anyMatch(Row::running);
    }

    /** p:poll: reads the runs again. */
    public void refresh() {
        history = null;
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("upload:file", "imports.file.required");
            return;
        }
        if (file.getSize() > ImportRuns.MAX_FILE_SIZE) {
            Messages.error("upload:file", "imports.file.tooLarge", MAX_MB);
            return;
        }
        ImportOptions options = new ImportOptions(
                "DRY_RUN".equals(mode),
                allOrNothing,
                upsertKey == null || upsertKey.isBlank() ? null : UpsertKey.valueOf(upsertKey),
                "windows-1252".equals(encoding));
        try (InputStream in = file.getInputStream()) {
            ImportRun run = runs.create(
                    currentUser.caller(),
                    "CI".equals(kind) ? ImportRun.Kind.CI : ImportRun.Kind.CLIENT,
                    file.getFileName(),
                    in,
                    options);
            jobs.startImport(currentUser.caller(), run.getId());
            focused = run.getId();
            Messages.info(null, options.dryRun() ? "imports.started.dryRun" : "imports.started", run.getFileName());
        } catch (BusinessException e) {
            Messages.error(null, "imports.refused", Messages.refusal(localeSelector.getLocale(), e));
        } catch (IOException e) {
            Messages.error(null, "imports.refused", e.getMessage());
        } catch (RuntimeException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BusinessException refusal) {
                Messages.error(null, "imports.refused", Messages.refusal(localeSelector.getLocale(), refusal));
            } else {
                throw e;
            }
        } finally {
            file = null;
            history = null;
        }
    }

    public void stop(UUID id) {
        act(id, () -> jobs.stopImport(currentUser.caller(), id), "imports.stopping");
    }

    public void restart(UUID id) {
        act(id, () -> jobs.restartImport(currentUser.caller(), id), "imports.restarted");
    }

    public void follow(UUID id) {
        focused = id;
        history = null;
    }

    private void act(UUID id, Runnable action, String done) {
        try {
            action.run();
            focused = id;
            Messages.info(null, done);
        } catch (BusinessException e) {
            Messages.error(null, "imports.refused", Messages.refusal(localeSelector.getLocale(), e));
        } catch (RuntimeException e) {
            if (e.getCause() instanceof BusinessException refusal) {
                Messages.error(null, "imports.refused", Messages.refusal(localeSelector.getLocale(), refusal));
            } else {
                throw e;
            }
        }
        history = null;
    }

    /** "1 min 20 s" style, in the page's language. */
    public String duration(Long seconds) {
        if (seconds == null) {
            return "…";
        }
        long s = seconds;
        if (s < 60) {
            return Messages.text(localeSelector.getLocale(), "imports.seconds", s);
        }
        if (s < 3600) {
            return Messages.text(localeSelector.getLocale(), "imports.minutes", s / 60, s % 60);
        }
        return Messages.text(localeSelector.getLocale(), "imports.hours", s / 3600, (s % 3600) / 60);
    }

    public String getSizeLimitText() {
        return Messages.text(localeSelector.getLocale(), "imports.sizeLimit", MAX_MB);
    }

    public String getTooLargeText() {
        return Messages.text(localeSelector.getLocale(), "imports.file.tooLarge", MAX_MB);
    }

    public String countsText(Row row) {
        return Messages.text(
                localeSelector.getLocale(),
                "imports.counts",
                row.read(),
                row.inserted(),
                row.updated(),
                row.rejected());
    }

    public String timeLeftText(Row row) {
        return Messages.text(localeSelector.getLocale(), "imports.timeLeft", duration(row.secondsLeft()));
    }

    public long getMaxMb() {
        return MAX_MB;
    }

    public long getMaxBytes() {
        return ImportRuns.MAX_FILE_SIZE;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public boolean isAllOrNothing() {
        return allOrNothing;
    }

    public void setAllOrNothing(boolean allOrNothing) {
        this.allOrNothing = allOrNothing;
    }

    public String getUpsertKey() {
        return upsertKey;
    }

    public void setUpsertKey(String upsertKey) {
        this.upsertKey = upsertKey;
    }

    public String getEncoding() {
        return encoding;
    }

    public void setEncoding(String encoding) {
        this.encoding = encoding;
    }
}
