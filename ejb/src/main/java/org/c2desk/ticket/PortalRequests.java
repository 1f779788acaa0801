package org.c2desk.ticket;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.c2desk.audit.Actor;
import org.c2desk.audit.AuditAction;
import org.c2desk.audit.AuditLog;
import org.c2desk.audit.Changes;
import org.c2desk.audit.ObjectKind;
import org.c2desk.catalog.RequestForm;
import org.c2desk.catalog.ServiceCatalog;
import org.c2desk.client.Client;
import org.c2desk.customfield.Choice;
import org.c2desk.customfield.CustomFields;
import org.c2desk.customfield.FieldSection;
import org.c2desk.customfield.FieldView;
import org.c2desk.customfield.FormKind;
import org.c2desk.customfield.OwnerKind;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.PortalClient;

/**
 * What a client does in the self-service portal: open a request from the catalogue, follow their tickets, answer.
 * A client reaches only the tickets they are a client of (or their enterprise's, if their role allows it); any other
 * id is "not found", whether it exists or not.
 */
@Stateless
public class PortalRequests {

    public static final int REPLY_LENGTH = 20_000;

    @PersistenceContext
    EntityManager em;

    @EJB
    ServiceCatalog catalog;

    @EJB
    TicketService tickets;

    @EJB
    TicketAttachments attachments;

    @EJB
    CustomFields customFields;

    @EJB
    AuditLog audit;

    /** The form of a request as the portal shows it: its sections with the cells the portal may show. */
    public List<FieldView> form(PortalClient client, UUID requestId) {
        RequestForm request = catalog.request(client, requestId);
        List<FieldSection> layout = customFields.layout(FormKind.REQUEST, request.getId());
        return customFields.read(OwnerKind.TICKET, null, layout).stream()
                .filter(FieldView::portalVisible)
                .toList();
    }

    public Ticket open(
            PortalClient client,
            UUID requestId,
            String summary,
            String description,
            Map<UUID, String> customFieldValues) {
        return tickets.openFromPortal(client, requestId, summary, description, customFieldValues);
    }

    /** Opens a request with a file attached, in one transaction: a refused file means no ticket. */
    public Ticket open(
            PortalClient client,
            UUID requestId,
            String summary,
            String description,
            Map<UUID, String> customFieldValues,
            String fileName,
            String contentType,
            byte[] content) {
        if (fileName != null) {
            checkAttachment(fileName, content);
        }
        Ticket ticket = tickets.openFromPortal(client, requestId, summary, description, customFieldValues);
        if (fileName != null) {
            attachments.store(ticket, fileName, contentType, content, true, Actor.of(client));
        }
        return ticket;
    }

    /** An answer with a text, a file or both, in one transaction. */
    public void answer(
            PortalClient client, UUID ticketId, String body, String fileName, String contentType, byte[] content) {
        Ticket ticket = find(client, ticketId);
        if (fileName != null) {
            checkAttachment(fileName, content);
        }
        if ((body != null && !body.isBlank()) || fileName == null) {
            reply(client, ticketId, body);
        }
        if (fileName != null) {
            attachments.store(ticket, fileName, contentType, content, true, Actor.of(client));
            ticket.getAudit().touch(client.userName());
        }
    }

    public Ticket find(PortalClient client, UUID ticketId) {
        Ticket ticket = ticketId == null ? null : em.find(Ticket.class, ticketId);
        if (ticket == null || !ticket.isTicket() || !reaches(client, ticket)) {
            throw new NotFoundException("Ticket", ticketId);
        }
        return ticket;
    }

    /** The ticket's public communications, oldest first: internal notes never reach the portal. */
    public List<TicketCommunication> conversation(PortalClient client, UUID ticketId) {
        Ticket ticket = find(client, ticketId);
        return em.createQuery(
                        "select c from TicketCommunication c where c.ticket = :ticket and c.publicCommunication = true"
                                + " order by c.createdOn",
                        TicketCommunication.class)
                .setParameter("ticket", ticket)
                .getResultList();
    }

    public TicketCommunication reply(PortalClient client, UUID ticketId, String body) {
        Ticket ticket = find(client, ticketId);
        if (body == null || body.isBlank()) {
            throw new ValidationException("reply", "error.required", "reply is required");
        }
        if (body.length() > REPLY_LENGTH) {
            throw new ValidationException(
                    "reply", "portal.reply.tooLong", "reply: at most " + REPLY_LENGTH + " characters", REPLY_LENGTH);
        }
        TicketCommunication reply = new TicketCommunication(
                ticket, null, em.find(Client.class, client.clientId()), true, Channel.PORTAL, null, body.strip());
        em.persist(reply);
        ticket.getAudit().touch(client.userName());
        audit.record(
                client,
                ObjectKind.TICKET,
                ticketId,
                AuditAction.COMMUNICATION_ADDED,
                new Changes().add("Communication", null, "PublicReply"));
        return reply;
    }

    /** The people of the client's enterprises, for a client-reference field (at most {@code limit}, by name). */
    public List<Choice> colleagues(PortalClient client, int limit) {
        return em
                .createQuery(
                        "select distinct c from Client c join c.enterprises ce where ce.enterprise.id in :enterprises"
                                + " and c.active = true order by c.lastName, c.firstName",
                        Client.class)
                .setParameter("enterprises", client.enterpriseIds())
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(c -> new Choice(c.getId().toString(), LocalizedText.same(c.getFullName())))
                .toList();
    }

    // Attachments -----------------------------------------------------------------------------------

    /** Largest file a client may attach (the same as the API's). */
    public static final long MAX_ATTACHMENT_BYTES = TicketAttachments.MAX_ATTACHMENT_BYTES;

    /** The file types a client may attach, by extension: images, PDF, Office and OpenDocument files, text, zip. */
    public static final java.util.Set<String> ALLOWED_EXTENSIONS = java.util.Set.of(
            "png", "jpg", "jpeg", "gif", "webp", "bmp", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt",
            "ods", "odp", "rtf", "txt", "csv", "log", "zip");

    /**
     * Attaches a file from the client to one of their tickets, as a public attachment. Refused, with the reason, if
     * it is empty, larger than {@link #MAX_ATTACHMENT_BYTES} or not of an {@linkplain #ALLOWED_EXTENSIONS allowed type}.
     */
    public Attachment attach(PortalClient client, UUID ticketId, String fileName, String contentType, byte[] content) {
        Ticket ticket = find(client, ticketId);
        checkAttachment(fileName, content);
        return attachments.store(ticket, fileName, contentType, content, true, Actor.of(client));
    }

    /**
     * Refuses a file the portal does not take, before anything is stored: its name's type and size first, then its
     * bytes ({@link AttachmentContentCheck}: no program, and the content must be what the name says).
     */
    public static void checkAttachment(String fileName, byte[] content) {
        checkAttachment(fileName, content == null ? 0 : content.length);
        AttachmentContentCheck.check(fileName, content);
    }

    /** Refuses a file the portal does not take by its name and size (the request form checks first). */
    public static void checkAttachment(String fileName, long size) {
        String name = fileName == null ? "" : fileName.strip();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        if (!ALLOWED_EXTENSIONS.contains(extension)) {
            throw new ValidationException(
                    "file", "portal.attachment.type", "file: type ." + extension + " not allowed", name);
        }
        if (size <= 0) {
            throw new ValidationException("file", "portal.attachment.empty", "file: empty", name);
        }
        if (size > MAX_ATTACHMENT_BYTES) {
            throw new ValidationException(
                    "file",
                    "portal.attachment.size",
                    "file: larger than " + MAX_ATTACHMENT_BYTES + " bytes",
                    name,
                    MAX_ATTACHMENT_BYTES / (1024 * 1024));
        }
    }

    /** The ticket's public attachments, oldest first; internal ones never reach the portal. */
    public List<Attachment> attachments(PortalClient client, UUID ticketId) {
        find(client, ticketId);
        return em.createQuery(
                        "select a from Attachment a where a.ownerKind = :kind and a.ownerId = :id"
                                + " and a.publicAttachment = true order by a.createdOn, a.fileName",
                        Attachment.class)
                .setParameter("kind", OwnerKind.TICKET)
                .setParameter("id", ticketId)
                .getResultList();
    }

    /** A public attachment of a ticket the client reaches, with its bytes; anything else is "not found". */
    public TicketAttachments.AttachmentFile attachment(PortalClient client, UUID attachmentId) {
        Attachment attachment = attachmentId == null ? null : em.find(Attachment.class, attachmentId);
        if (attachment == null || attachment.getOwnerKind() != OwnerKind.TICKET || !attachment.isPublic()) {
            throw new NotFoundException("Attachment", attachmentId);
        }
        try {
            find(client, attachment.getOwnerId());
        } catch (NotFoundException e) {
            throw new NotFoundException("Attachment", attachmentId);
        }
        AttachmentContent content = em.find(AttachmentContent.class, attachmentId);
        return new TicketAttachments.AttachmentFile(attachment, content == null ? new byte[0] : content.getContent());
    }

    // Satisfaction and closing ----------------------------------------------------------------------

    public static final int SURVEY_COMMENT_LENGTH = 4_000;

    /** Whether the client may rate the ticket now: resolved (or closed) and not rated yet. */
    public static boolean canRate(Ticket ticket) {
        StatusPhase phase = ticket.getStatus().getPhase();
        return (phase == StatusPhase.RESOLVED || phase == StatusPhase.CLOSED) && ticket.getSurveyCompletedOn() == null;
    }

    /** Whether the client may close the ticket now: it is resolved. */
    public static boolean canClose(Ticket ticket) {
        return ticket.getStatus().getPhase() == StatusPhase.RESOLVED;
    }

    /** The client's rating (1 to 5) and comment of a resolved ticket, once. */
    public Ticket rate(PortalClient client, UUID ticketId, int rating, String comment) {
        Ticket ticket = find(client, ticketId);
        em.lock(ticket, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (ticket.getSurveyCompletedOn() != null) {
            throw new ValidationException("rating", "portal.survey.already", "this ticket was already rated");
        }
        if (!canRate(ticket)) {
            throw new ValidationException("rating", "portal.survey.notResolved", "only a resolved ticket can be rated");
        }
        if (rating < 1 || rating > 5) {
            throw new ValidationException("rating", "portal.survey.rating", "rating: from 1 to 5");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > SURVEY_COMMENT_LENGTH) {
            throw new ValidationException(
                    "comment",
                    "error.tooLong",
                    "comment: at most " + SURVEY_COMMENT_LENGTH + " characters",
                    SURVEY_COMMENT_LENGTH);
        }
        ticket.recordSurvey(rating, text);
        audit.record(
                client,
                ObjectKind.TICKET,
                ticketId,
                AuditAction.RATED,
                new Changes().add("SurveyRating", null, String.valueOf(rating)));
        ticket.getAudit().touch(client.userName());
        return ticket;
    }

    /** The client closes a resolved ticket they are satisfied with. */
    public Ticket close(PortalClient client, UUID ticketId) {
        Ticket ticket = find(client, ticketId);
        if (!canClose(ticket)) {
            throw new ValidationException("status", "portal.close.notResolved", "only a resolved ticket can be closed");
        }
        TicketStatus current = ticket.getStatus();
        TicketStatus closed = em
                .createQuery(
                        "select s from TicketStatus s where s.phase = :phase and s.active = true"
                                + " order by s.sortOrder, s.code",
                        TicketStatus.class)
                .setParameter("phase", StatusPhase.CLOSED)
                .getResultList()
                .stream()
                .filter(current::canMoveTo)
                .findFirst()
                .orElseThrow(() -> new ValidationException(
                        "status", "portal.close.notResolved", "no closed status follows " + current.getCode()));
        ticket.changeStatus(closed, client.userName());
        audit.record(
                client,
                ObjectKind.TICKET,
                ticketId,
                AuditAction.UPDATED,
                new Changes().add("Status", current.getCode(), closed.getCode()));
        return ticket;
    }

    private static boolean reaches(PortalClient client, Ticket ticket) {
        boolean isClient =
                ticket.getClients().stream().anyMatch(c -> c.getClient().getId().equals(client.clientId()));
        return isClient
                || (client.seesEnterpriseTickets()
                        && client.enterpriseIds()
                                .contains(ticket.getEnterprise().getId()));
    }
}
