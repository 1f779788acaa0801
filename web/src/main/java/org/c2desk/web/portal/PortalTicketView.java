package org.c2desk.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.SequenceNumbers;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.PortalClient;
import org.c2desk.ticket.PortalRequests;
import org.c2desk.ticket.Ticket;
import org.c2desk.ticket.TicketCommunication;
import org.c2desk.web.i18n.Messages;
import org.c2desk.web.security.CurrentUser;

/** {@code portal/ticket.xhtml?id=...}: one of the client's tickets, its public conversation and an answer box. */
@Named
@ViewScoped
public class PortalTicketView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One message as the portal shows it: who (the client or the desk), when, what. */
    public record Message(boolean fromClient, String author, OffsetDateTime on, String body) implements Serializable {
    }

    @EJB
    PortalRequests requests;

    @Inject
    CurrentUser currentUser;

    private String id;
    private boolean notFound;
    private String number;
    private String summary;
    private String description;
    private LocalizedText status;
    private OffsetDateTime createdOn;
    private List<Message> conversation;
    private String reply;

    public void load() {
        if (number != null || notFound) {
            return;
        }
        try {
            read(UUID.fromString(id));
        } catch (NotFoundException | IllegalArgumentException | NullPointerException e) {
            notFound = true;
        }
    }

    public void send() {
        try {
            requests.reply(currentUser.client(), UUID.fromString(id), reply);
            reply = null;
            read(UUID.fromString(id));
            Messages.info(null, "portal.replied");
        } catch (ValidationException e) {
            Messages.error("conversation:reply", "portal.reply.required");
        }
    }

    private void read(UUID ticketId) {
        PortalClient client = currentUser.client();
        Ticket ticket = requests.find(client, ticketId);
        number = SequenceNumbers.format(ticket.getSequenceNumber());
        summary = ticket.getSummary();
        description = ticket.getDescription();
        status = ticket.getStatus().getName();
        createdOn = ticket.getAudit().createdOn();
        conversation = requests.conversation(client, ticketId).stream().map(PortalTicketView::message).toList();
    }

    private static Message message(TicketCommunication c) {
        boolean fromClient = c.getAuthorClient() != null;
        String author = fromClient ? c.getAuthorClient().getFullName()
                : c.getAuthorResource() != null ? c.getAuthorResource().getFullName() : null;
        return new Message(fromClient, author, c.getCreatedOn(), c.getBody());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getNumber() {
        return number;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public LocalizedText getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedOn() {
        return createdOn;
    }

    public List<Message> getConversation() {
        return conversation;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
