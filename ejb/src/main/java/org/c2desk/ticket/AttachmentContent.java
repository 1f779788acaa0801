package org.c2desk.ticket;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/**
 * The bytes of an {@link Attachment}, kept apart so that listing attachments never loads them. A plain
 * {@code byte[]} on the {@code bytea} column, without {@code @Lob}, so the driver reads and writes the bytes directly.
 */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

    /** The attachment's id (shared primary key). */
    @Id
    @Column(name = "attachment_id")
    private UUID attachmentId;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected AttachmentContent() {
        // for JPA
    }

    public AttachmentContent(UUID attachmentId, byte[] content) {
        this.attachmentId = Objects.requireNonNull(attachmentId);
        this.content = Objects.requireNonNull(content);
    }

    public UUID getAttachmentId() {
        return attachmentId;
    }

    /** The stored bytes; not copied (attachments can be large), so do not modify the array. */
    public byte[] getContent() {
        return content;
    }
}
