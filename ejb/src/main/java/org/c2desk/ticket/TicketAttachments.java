package org.c2desk.ticket;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.c2desk.audit.Actor;
import org.c2desk.audit.AuditAction;
import org.c2desk.audit.AuditLog;
import org.c2desk.audit.Changes;
import org.c2desk.audit.ObjectKind;
import org.c2desk.customfield.OwnerKind;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Caller;
import org.c2desk.security.Permission;

/** The files attached to tickets: checked by their bytes, stored in the database with them, read back. */
@Stateless
public class TicketAttachments {

    @PersistenceContext
    EntityManager em;

    @EJB
    TicketService tickets;

    @EJB
    AuditLog audit;

    /** Largest file an attachment may hold. */
    public static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

    /** Attaches a file to a ticket the caller may change; its bytes are stored with it, in the database. */
    public Attachment attach(
            Caller caller,
            UUID ticketId,
            String fileName,
            String contentType,
            byte[] content,
            boolean publicAttachment) {
        caller.require(Permission.TICKET_EDIT);
        Ticket ticket = tickets.find(caller, ticketId);
        return store(ticket, fileName, contentType, content, publicAttachment, Actor.of(caller));
    }

    /**
     * Checks and stores a file for a ticket. No access check here: the callers ({@link #attach} for the API's caller,
     * {@link PortalRequests} for a client) have already found the ticket with their own rule.
     */
    public Attachment store(
            Ticket ticket, String fileName, String contentType, byte[] content, boolean publicAttachment, Actor actor) {
        String by = actor.name();
        String name = fileName == null ? "" : fileName.strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
        if (name.isEmpty()) {
            throw new ValidationException("fileName", "error.required", "fileName: the file needs a name");
        }
        if (name.length() > Attachment.FILE_NAME_LENGTH) {
            throw new ValidationException(
                    "fileName",
                    "error.tooLong",
                    "fileName: at most " + Attachment.FILE_NAME_LENGTH + " characters",
                    "fileName",
                    Attachment.FILE_NAME_LENGTH);
        }
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType.strip();
        if (type.length() > Attachment.CONTENT_TYPE_LENGTH || !type.matches("[\\w.+-]+/[\\w.+-]+(\\s*;.*)?")) {
            throw new ValidationException(
                    "contentType",
                    "error.invalidValue",
                    "contentType: '" + type + "' is not a media type such as application/pdf");
        }
        if (content == null || content.length > MAX_ATTACHMENT_BYTES) {
            throw new ValidationException("file", "error.tooLarge", "file: at most " + MAX_ATTACHMENT_BYTES + " bytes");
        }
        // By the bytes, not the name: no program, and no file whose content is not what its name says.
        AttachmentContentCheck.check(name, content);
        Attachment attachment = new Attachment(
                OwnerKind.TICKET, ticket.getId(), name, type, content.length, sha256(content), publicAttachment, by);
        em.persist(attachment);
        em.persist(new AttachmentContent(attachment.getId(), content));
        audit.record(
                actor,
                ObjectKind.TICKET,
                ticket.getId(),
                AuditAction.ATTACHMENT_ADDED,
                new Changes().add("Attachment", null, name));
        return attachment;
    }

    /** The files attached to a ticket the caller sees, oldest first (without their bytes). */
    public List<Attachment> attachmentsOf(Caller caller, UUID ticketId) {
        tickets.find(caller, ticketId);
        return em.createQuery(
                        "select a from Attachment a where a.ownerKind = :kind and a.ownerId = :id"
                                + " order by a.createdOn, a.fileName",
                        Attachment.class)
                .setParameter("kind", OwnerKind.TICKET)
                .setParameter("id", ticketId)
                .getResultList();
    }

    /** An attachment with its bytes. */
    @SuppressWarnings("ArrayRecordComponent") // handed once to the response; never compared nor kept
    public record AttachmentFile(Attachment attachment, byte[] content) {}

    /**
     * A ticket's attachment with its bytes, if the caller sees the ticket; attachments of clients and CIs are served
     * by their own services (not found here).
     */
    public AttachmentFile attachment(Caller caller, UUID attachmentId) {
        Attachment attachment = attachmentId == null ? null : em.find(Attachment.class, attachmentId);
        if (attachment == null || attachment.getOwnerKind() != OwnerKind.TICKET) {
            throw new NotFoundException("Attachment", attachmentId);
        }
        try {
            tickets.find(caller, attachment.getOwnerId());
        } catch (NotFoundException e) {
            throw new NotFoundException("Attachment", attachmentId);
        }
        AttachmentContent content = em.find(AttachmentContent.class, attachmentId);
        return new AttachmentFile(attachment, content == null ? new byte[0] : content.getContent());
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
