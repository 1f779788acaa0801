package org.c2desk.ticket;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.c2desk.audit.AuditAction;
import org.c2desk.audit.AuditLog;
import org.c2desk.audit.Changes;
import org.c2desk.audit.ObjectKind;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Caller;
import org.c2desk.security.Permission;
import org.c2desk.security.Resource;

/** The conversation of a ticket with its agents: public replies and internal notes, never edited once written. */
@Stateless
public class TicketConversation {

    @PersistenceContext
    EntityManager em;

    @EJB
    TicketService tickets;

    @EJB
    AuditLog audit;

    /**
     * Adds a public reply (it reaches the client, and the first one sets the ticket's response date) or an internal
     * note, written by the caller through the API.
     */
    public TicketCommunication addCommunication(
            Caller caller, UUID ticketId, boolean publicReply, String subject, String body) {
        return addCommunication(caller, ticketId, publicReply, subject, body, Channel.API);
    }

    /** {@link #addCommunication(Caller, UUID, boolean, String, String)} written through {@code channel}. */
    public TicketCommunication addCommunication(
            Caller caller, UUID ticketId, boolean publicReply, String subject, String body, Channel channel) {
        caller.require(Permission.TICKET_EDIT);
        Ticket ticket = tickets.find(caller, ticketId);
        if (body == null || body.isBlank()) {
            throw new ValidationException("body", "error.required", "body: the text of the communication is required");
        }
        String cleanSubject = subject == null || subject.isBlank() ? null : subject.strip();
        if (cleanSubject != null && cleanSubject.length() > TicketCommunication.SUBJECT_LENGTH) {
            throw new ValidationException(
                    "subject",
                    "error.tooLong",
                    "subject: at most " + TicketCommunication.SUBJECT_LENGTH + " characters",
                    "subject",
                    TicketCommunication.SUBJECT_LENGTH);
        }
        Resource author = em.find(Resource.class, caller.resourceId());
        TicketCommunication communication =
                new TicketCommunication(ticket, author, null, publicReply, channel, cleanSubject, body);
        em.persist(communication);
        if (publicReply) {
            ticket.recordResponse();
        }
        // Which kind and its subject, not the text: the communication itself is kept, never edited.
        audit.record(
                caller,
                ObjectKind.TICKET,
                ticketId,
                AuditAction.COMMUNICATION_ADDED,
                new Changes()
                        .add("Communication", null, publicReply ? "PublicReply" : "InternalNote")
                        .add("Subject", null, cleanSubject));
        return communication;
    }

    /** The communications of a ticket the caller sees, oldest first, with their authors loaded. */
    public List<TicketCommunication> communicationsOf(Caller caller, UUID ticketId) {
        tickets.find(caller, ticketId);
        List<TicketCommunication> found = em.createQuery(
                        "select c from TicketCommunication c"
                                + " left join fetch c.authorResource left join fetch c.authorClient"
                                + " where c.ticket.id = :id order by c.createdOn, c.id",
                        TicketCommunication.class)
                .setParameter("id", ticketId)
                .setMaxResults(1000)
                .getResultList();
        return found;
    }
}
