package org.c2desk.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One import of a CSV file: what was uploaded and chosen, where the job stands, its counts. Counts and the last
 * committed record are changed by the import's chunk writer with SQL in the chunk's transaction ({@link ImportProgress}),
 * so they always match the rows written.
 */
@Entity
@Table(name = "import_run")
public class ImportRun {

    public enum Kind {
        CLIENT,
        CI
    }

    public enum Status {
        NEW,
        RUNNING,
        VALIDATED,
        COMPLETED,
        REFUSED,
        FAILED,
        STOPPED
    }

    @Id
    private UUID id;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Column(nullable = false)
    private String encoding;

    @Column(nullable = false)
    private String options;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status = Status.NEW;

    private String phase;

    private String message;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "total_count")
    private Long totalCount;

    @Column(name = "read_count")
    private long readCount;

    @Column(name = "inserted_count")
    private long insertedCount;

    @Column(name = "updated_count")
    private long updatedCount;

    @Column(name = "rejected_count")
    private long rejectedCount;

    @Column(name = "last_record")
    private long lastRecord;

    @Column(name = "created_on", insertable = false, updatable = false)
    private OffsetDateTime createdOn;

    @Column(name = "started_on")
    private OffsetDateTime startedOn;

    @Column(name = "ended_on")
    private OffsetDateTime endedOn;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "started_by_id", nullable = false)
    private UUID startedById;

    @Column(name = "owner_node", insertable = false, updatable = false)
    private String ownerNode;

    @Column(name = "owner_boot", insertable = false, updatable = false)
    @jakarta.persistence.Convert(converter = org.c2desk.platform.NullableUuidConverter.class)
    private UUID ownerBoot;

    @Column(name = "heartbeat_on", insertable = false, updatable = false)
    private OffsetDateTime heartbeatOn;

    @Column(name = "auto_restarts", insertable = false, updatable = false)
    private int autoRestarts;

    @Column(name = "stop_requested", insertable = false, updatable = false)
    private boolean stopRequested;

    @Column(name = "pass_started_on", insertable = false, updatable = false)
    private OffsetDateTime passStartedOn;

    @Column(name = "pass_first_record", insertable = false, updatable = false)
    private long passFirstRecord;

    @Version
    private long version;

    protected ImportRun() {
        // for JPA
    }

    ImportRun(
            UUID id,
            Kind kind,
            String fileName,
            long fileSize,
            ImportOptions options,
            String startedBy,
            UUID startedById) {
        this.id = id;
        this.kind = kind;
        this.fileName = fileName;
        this.fileSize = fileSize;
        this.encoding = options.encodingName();
        this.options = options.toJson();
        this.startedBy = startedBy;
        this.startedById = startedById;
    }

    public UUID getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public long getFileSize() {
        return fileSize;
    }

    public String getEncoding() {
        return encoding;
    }

    public ImportOptions getOptions() {
        return ImportOptions.fromJson(options);
    }

    public Status getStatus() {
        return status;
    }

    public String getPhase() {
        return phase;
    }

    public String getMessage() {
        return message;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public Long getTotalCount() {
        return totalCount;
    }

    public long getReadCount() {
        return readCount;
    }

    public long getInsertedCount() {
        return insertedCount;
    }

    public long getUpdatedCount() {
        return updatedCount;
    }

    public long getRejectedCount() {
        return rejectedCount;
    }

    public long getLastRecord() {
        return lastRecord;
    }

    public OffsetDateTime getCreatedOn() {
        return createdOn;
    }

    public OffsetDateTime getStartedOn() {
        return startedOn;
    }

    public OffsetDateTime getEndedOn() {
        return endedOn;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public UUID getStartedById() {
        return startedById;
    }

    public long getVersion() {
        return version;
    }
    /** The server running it (host and instance directory), null before it starts. */
    public String getOwnerNode() {
        return ownerNode;
    }

    public UUID getOwnerBoot() {
        return ownerBoot;
    }

    public OffsetDateTime getHeartbeatOn() {
        return heartbeatOn;
    }
    /** How many times it was taken back after its server stopped in the middle. */
    public int getAutoRestarts() {
        return autoRestarts;
    }

    public boolean isStopRequested() {
        return stopRequested;
    }

    public OffsetDateTime getPassStartedOn() {
        return passStartedOn;
    }

    public long getPassFirstRecord() {
        return passFirstRecord;
    }

    /** May it be restarted (from the page or the API)? It continues after its last committed record. */
    public boolean isRestartable() {
        return status == Status.FAILED || status == Status.STOPPED;
    }

    /** Records of the current pass per second, over the pass so far (0 until a chunk is committed). */
    public double rowsPerSecond(java.time.Instant now) {
        if (passStartedOn == null || lastRecord <= passFirstRecord) {
            return 0;
        }
        java.time.Instant end = isEnded() && endedOn != null ? endedOn.toInstant() : now;
        double seconds = Math.max(
                0.001,
                java.time.Duration.between(passStartedOn.toInstant(), end).toMillis() / 1000.0);
        return (lastRecord - passFirstRecord) / seconds;
    }

    /** Seconds until the current pass ends at the current rate; null when unknown (no total or no rate yet). */
    public Long secondsLeft(java.time.Instant now) {
        double rate = rowsPerSecond(now);
        if (isEnded()) {
            return 0L;
        }
        if (totalCount == null || rate <= 0) {
            return null;
        }
        return (long) Math.ceil(Math.max(0, totalCount - lastRecord) / rate);
    }

    /** Per cent of the current pass done (0 to 100), 0 until the file is counted. */
    public int percentDone() {
        if (totalCount == null || totalCount == 0) {
            return isEnded() && status != Status.FAILED && status != Status.STOPPED ? 100 : 0;
        }
        return (int) Math.min(100, lastRecord * 100 / totalCount);
    }

    /** Finished, one way or another (a FAILED or STOPPED run may still be restarted). */
    public boolean isEnded() {
        return status != Status.NEW && status != Status.RUNNING;
    }

    @Override
    public String toString() {
        return "ImportRun[" + id + " " + kind + " " + fileName + " " + status + "/" + phase + " read=" + readCount
                + " inserted=" + insertedCount + " updated=" + updatedCount + " rejected=" + rejectedCount
                + (message == null ? "" : " message=" + message) + "]";
    }
}
