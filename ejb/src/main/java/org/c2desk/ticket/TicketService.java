package org.c2desk.ticket;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.c2desk.catalog.RequestForm;
import org.c2desk.catalog.RequestTask;
import org.c2desk.catalog.TaskTemplate;
import org.c2desk.client.Client;
import org.c2desk.enterprise.Enterprise;
import org.c2desk.platform.LookupKind;
import org.c2desk.platform.LookupValue;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.SequenceNumbers;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Caller;
import org.c2desk.security.Permission;
import org.c2desk.security.Resource;

/**
 * Opens and changes tickets for every channel (console, portal, APIs, e-mail). Checks the caller's permission,
 * resolves every reference or refuses with the name of the field that is wrong, and records history.
 */
@Stateless
public class TicketService {

    /** The status a ticket starts in when the caller names none (the C2 documentation's "New"). */
    public static final UUID NEW_STATUS_ID = UUID.fromString("1d0b2a8d-0c81-4553-9ac8-7adb1fcca5d0");

    @PersistenceContext
    EntityManager em;

    @EJB
    SequenceNumbers sequenceNumbers;

    public Ticket create(Caller caller, @Valid NewTicket command) {
        caller.require(Permission.TICKET_CREATE);
        Enterprise enterprise = reference(Enterprise.class, command.enterpriseId(), "EnterpriseId");
        if (!caller.seesEnterprise(enterprise.getId())) {
            throw new NotFoundException("Enterprise", command.enterpriseId());
        }
        TicketType type = reference(TicketType.class, command.ticketTypeId(), "TicketTypeId");
        TicketStatus status = reference(TicketStatus.class,
                command.statusId() == null ? NEW_STATUS_ID : command.statusId(), "StatusId");
        RequestForm request = command.requestId() == null ? null
                : reference(RequestForm.class, command.requestId(), "RequestId");

        Ticket ticket = new Ticket(sequenceNumbers.next(SequenceNumbers.Kind.TICKET), type, status, enterprise,
                command.summary().strip(), caller.userName());
        ticket.changeDescription(command.description(), caller.userName());
        if (request != null) {
            ticket.placeInCatalog(request.getService().getCategory().getCatalog(), request.getService().getCategory(),
                    request.getService(), request);
        }
        ticket.setQueue(command.queueId() != null ? reference(Queue.class, command.queueId(), "QueueId")
                : request == null ? null : request.getDefaultQueue());
        ticket.setOrigin(lookup(command.originId(), LookupKind.ORIGIN, "OriginId"));
        ticket.setPriority(command.priorityId() != null ? lookup(command.priorityId(), LookupKind.PRIORITY, "PriorityId")
                : request == null ? null : request.getDefaultPriority());
        boolean principal = true;
        for (UUID clientId : command.clientIds()) {
            ticket.addClient(reference(Client.class, clientId, "Clients"), principal);
            principal = false;
        }
        principal = true;
        for (UUID resourceId : command.assigneeIds()) {
            ticket.assign(reference(Resource.class, resourceId, "Assignees"), principal);
            principal = false;
        }
        em.persist(ticket);
        em.persist(new TicketHistory(ticket, "Created", null, ticket.getSummary(), caller.userName()));
        if (request != null) {
            startWorkflow(ticket, request, caller);
        }
        return ticket;
    }

    /** The tasks of a ticket's workflow, in step order (the API's Workflows). */
    public List<Ticket> workflowOf(UUID ticketId) {
        return em.createQuery("select t from Ticket t where t.parentTicket.id = :id and t.ticket = false"
                        + " order by t.workflowStep, t.sequenceNumber", Ticket.class)
                .setParameter("id", ticketId)
                .getResultList();
    }

    /**
     * Instantiates the request's task templates as tasks of the ticket. The tasks of the first step are ready at
     * once; later steps wait until the blocking tasks before them are done (the workflow issue drives that).
     */
    private void startWorkflow(Ticket ticket, RequestForm request, Caller caller) {
        int firstStep = request.getTasks().stream().mapToInt(RequestTask::getStep).min().orElse(1);
        TicketStatus newStatus = reference(TicketStatus.class, NEW_STATUS_ID, "StatusId");
        for (RequestTask step : request.getTasks()) {
            TaskTemplate template = step.getTaskTemplate();
            Ticket task = new Ticket(sequenceNumbers.next(SequenceNumbers.Kind.TICKET), template.getTicketType(),
                    newStatus, ticket.getEnterprise(), template.getName().in(caller.culture().locale()), caller.userName());
            task.changeDescription(template.getDescription().in(caller.culture().locale()), caller.userName());
            task.makeTaskOf(ticket, template, step.getStep(), step.isBlocking());
            task.setReady(step.getStep() == firstStep);
            task.setQueue(template.getDefaultQueue() != null ? template.getDefaultQueue() : ticket.getQueue());
            em.persist(task);
        }
    }

    /** The entity with that id, or a refusal naming the field that held the id. */
    private <T> T reference(Class<T> type, UUID id, String field) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new ValidationException(field, "error.unknownReference",
                    field + ": no " + type.getSimpleName() + " has the id " + id, field, id);
        }
        return found;
    }

    private LookupValue lookup(UUID id, LookupKind kind, String field) {
        if (id == null) {
            return null;
        }
        LookupValue value = reference(LookupValue.class, id, field);
        if (!value.is(kind)) {
            throw new ValidationException(field, "error.wrongKind",
                    field + ": " + id + " is a " + value.getKind() + ", not a " + kind, field, id);
        }
        return value;
    }
}
