package org.c2desk.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.customfield.OwnerKind;

/**
 * A file attached to a ticket, a client or a CI (optionally to one of a ticket's communications). The bytes live
 * in {@link AttachmentContent}, loaded only when downloaded.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    public static final int FILE_NAME_LENGTH = 255;
    public static final int CONTENT_TYPE_LENGTH = 200;

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false, updatable = false, length = 10)
    private OwnerKind ownerKind;

    /** The ticket's, client's or CI's id; no foreign key (the owner table depends on the kind). */
    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "communication_id")
    private TicketCommunication communication;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_LENGTH)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = CONTENT_TYPE_LENGTH)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    /** Hex SHA-256 of the content. */
    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "is_public", nullable = false)
    private boolean publicAttachment = true;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_on", nullable = false, updatable = false)
    private OffsetDateTime createdOn;

    protected Attachment() {
        // for JPA
    }

    public Attachment(
            UUID id,
            OwnerKind ownerKind,
            UUID ownerId,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            boolean publicAttachment,
            String createdBy) {
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("Negative size: " + sizeBytes);
        }
        this.id = Objects.requireNonNull(id);
        this.ownerKind = Objects.requireNonNull(ownerKind);
        this.ownerId = Objects.requireNonNull(ownerId);
        this.fileName = Objects.requireNonNull(fileName);
        this.contentType = Objects.requireNonNull(contentType);
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256);
        this.publicAttachment = publicAttachment;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdOn = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Attachment(
            OwnerKind ownerKind,
            UUID ownerId,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            boolean publicAttachment,
            String createdBy) {
        this(
                UUID.randomUUID(),
                ownerKind,
                ownerId,
                fileName,
                contentType,
                sizeBytes,
                sha256,
                publicAttachment,
                createdBy);
    }

    public UUID getId() {
        return id;
    }

    public OwnerKind getOwnerKind() {
        return ownerKind;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public TicketCommunication getCommunication() {
        return communication;
    }

    public void attachTo(TicketCommunication newCommunication) {
        this.communication = newCommunication;
    }

    public String getFileName() {
        return fileName;
    }

    public void rename(String newFileName) {
        this.fileName = Objects.requireNonNull(newFileName);
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    /** Public attachments show in the portal; the others stay in the console. */
    public boolean isPublic() {
        return publicAttachment;
    }

    public void setPublic(boolean publicAttachment) {
        this.publicAttachment = publicAttachment;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedOn() {
        return createdOn;
    }
}
