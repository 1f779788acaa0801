package org.c2desk.ticket;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    CustomFields customFields;

    /** The form of a request as the portal shows it: its sections with the cells the portal may show. */
    public List<FieldView> form(PortalClient client, UUID requestId) {
        RequestForm request = catalog.request(client, requestId);
        List<FieldSection> layout = customFields.layout(FormKind.REQUEST, request.getId());
        return customFields.read(OwnerKind.TICKET, null, layout).stream().filter(FieldView::portalVisible).toList();
    }

    public Ticket open(PortalClient client, UUID requestId, String summary, String description,
            Map<UUID, String> customFieldValues) {
        return tickets.openFromPortal(client, requestId, summary, description, customFieldValues);
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
        return em.createQuery("select c from TicketCommunication c where c.ticket = :ticket and c.publicCommunication = true"
                        + " order by c.createdOn", TicketCommunication.class)
                .setParameter("ticket", ticket)
                .getResultList();
    }

    public TicketCommunication reply(PortalClient client, UUID ticketId, String body) {
        Ticket ticket = find(client, ticketId);
        if (body == null || body.isBlank()) {
            throw new ValidationException("reply", "error.required", "reply is required");
        }
        if (body.length() > REPLY_LENGTH) {
            throw new ValidationException("reply", "error.tooLong", "reply: at most " + REPLY_LENGTH + " characters",
                    REPLY_LENGTH);
        }
        TicketCommunication reply = new TicketCommunication(ticket, null, em.find(Client.class, client.clientId()),
                true, Channel.PORTAL, null, body.strip());
        em.persist(reply);
        ticket.getAudit().touch(client.userName());
        return reply;
    }

    /** The people of the client's enterprises, for a client-reference field (at most {@code limit}, by name). */
    public List<Choice> colleagues(PortalClient client, int limit) {
        return em.createQuery("select distinct c from Client c join c.enterprises ce where ce.enterprise.id in :enterprises"
                        + " and c.active = true order by c.lastName, c.firstName", Client.class)
                .setParameter("enterprises", client.enterpriseIds())
                .setMaxResults(limit)
                .getResultList().stream()
                .map(c -> new Choice(c.getId().toString(), LocalizedText.same(c.getFullName())))
                .toList();
    }

    private static boolean reaches(PortalClient client, Ticket ticket) {
        boolean isClient = ticket.getClients().stream().anyMatch(c -> c.getClient().getId().equals(client.clientId()));
        return isClient || client.seesEnterpriseTickets() && client.enterpriseIds().contains(ticket.getEnterprise().getId());
    }
}
