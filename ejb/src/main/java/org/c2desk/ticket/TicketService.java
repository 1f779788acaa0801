package org.c2desk.ticket;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.c2desk.audit.Actor;
import org.c2desk.audit.AuditAction;
import org.c2desk.audit.AuditEntry;
import org.c2desk.audit.AuditLog;
import org.c2desk.audit.Changes;
import org.c2desk.audit.ObjectKind;
import org.c2desk.catalog.RequestForm;
import org.c2desk.catalog.RequestTask;
import org.c2desk.catalog.ServiceCatalog;
import org.c2desk.client.Client;
import org.c2desk.customfield.CustomFields;
import org.c2desk.customfield.FieldSection;
import org.c2desk.customfield.FieldValue;
import org.c2desk.customfield.FieldView;
import org.c2desk.customfield.FilledForm;
import org.c2desk.customfield.FormKind;
import org.c2desk.customfield.OwnerKind;
import org.c2desk.enterprise.Enterprise;
import org.c2desk.platform.ConcurrentChangeException;
import org.c2desk.platform.Culture;
import org.c2desk.platform.LookupKind;
import org.c2desk.platform.LookupValue;
import org.c2desk.platform.NewRows;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.SequenceNumbers;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Caller;
import org.c2desk.security.Permission;
import org.c2desk.security.PortalClient;
import org.c2desk.security.Resource;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * Opens and changes tickets for every channel (console, portal, APIs, e-mail). Checks the caller's permission,
 * resolves every reference or refuses with the name of the field that is wrong, and records history.
 */
@Stateless
public class TicketService {

    /** The status a ticket starts in when the caller names none (the C2 documentation's "New"). */
    public static final UUID NEW_STATUS_ID = UUID.fromString("1d0b2a8d-0c81-4553-9ac8-7adb1fcca5d0");

    /** The "Self-service portal" origin of the reference data. */
    static final UUID PORTAL_ORIGIN = UUID.fromString("30000000-0000-4000-8000-000000000032");

    @PersistenceContext
    EntityManager em;

    @EJB
    SequenceNumbers sequenceNumbers;

    @EJB
    CustomFields customFields;

    @EJB
    ServiceCatalog catalog;

    @EJB
    AuditLog audit;

    @Inject
    Validator validator;

    public Ticket create(Caller caller, @Valid NewTicket command) {
        return opened(caller, command).ticket();
    }

    /**
     * {@link #create(Caller, NewTicket)}, then {@code answer} made from the ticket in the same transaction, from what
     * the creation has in hand (layout, custom fields, workflow tasks): the caller's answer needs no second reading.
     * Whatever {@code answer} throws rolls the creation back.
     */
    public <T> T create(Caller caller, @Valid NewTicket command, Function<OpenedTicket, T> answer) {
        Opened opened = opened(caller, command);
        return answer.apply(new OpenedTicket(
                opened.ticket(),
                opened.layout(),
                customFields.read(opened.layout(), opened.values(), ZoneOffset.UTC, Locale.ENGLISH),
                opened.workflow()));
    }

    private Opened opened(Caller caller, NewTicket command) {
        caller.require(Permission.TICKET_CREATE);
        Enterprise enterprise = shared(Enterprise.class, command.enterpriseId(), "enterpriseId");
        if (!caller.seesEnterprise(enterprise.getId())) {
            throw new NotFoundException("Enterprise", command.enterpriseId());
        }
        Opened opened = open(command, caller.userName(), caller.culture());
        write(opened, Actor.of(caller));
        return opened;
    }

    /** Writes what {@link #open} made, with its audit entry, in one round trip. */
    private void write(Opened opened, Actor actor) {
        Ticket ticket = opened.ticket();
        opened.rows()
                .add(audit.entry(actor, ObjectKind.TICKET, ticket.getId(), AuditAction.CREATED, ticket.takeChanges()))
                .insert(em);
    }

    /**
     * A ticket {@link #open} made, with its layout, its custom-field rows and its workflow tasks, all of them still
     * to be written (with the audit entry) in {@code rows}.
     */
    private record Opened(
            Ticket ticket,
            List<FieldSection> layout,
            Map<UUID, FieldValue> values,
            List<Ticket> workflow,
            NewRows rows) {}

    /**
     * A portal client opens a request of the catalogue: only a request their enterprise (and department) may see,
     * in the enterprise that offers it, with them as the ticket's client.
     */
    public Ticket openFromPortal(
            PortalClient client,
            UUID requestId,
            String summary,
            String description,
            Map<UUID, String> customFieldValues) {
        RequestForm request = catalog.request(client, requestId);
        NewTicket command = new NewTicket(
                catalog.enterpriseFor(client, request),
                request.getTicketType().getId(),
                null,
                null,
                PORTAL_ORIGIN,
                null,
                request.getId(),
                summary,
                description,
                List.of(client.clientId()),
                List.of(),
                customFieldValues);
        valid(command);
        Opened opened = open(command, client.userName(), client.culture());
        write(opened, Actor.of(client));
        return opened.ticket();
    }

    /**
     * Opens the ticket once the channel has checked who may: a resource's permission ({@link #create}) or a portal
     * client's catalogue ({@link PortalRequests}). {@code culture} names the workflow's tasks. Nothing is written
     * yet: the caller adds the audit entry to the rows and writes them all in one round trip ({@link NewRows}), which
     * spares the persistence context's commit (a fifth of a Ticket/Save's server CPU on 2026-12-02) and four round
     * trips. The ticket is not managed afterwards: a change to it in the same transaction goes through
     * {@link #update} (which reads it), not through its setters.
     */
    private Opened open(NewTicket command, String by, Culture culture) {
        Enterprise enterprise = shared(Enterprise.class, command.enterpriseId(), "enterpriseId");
        TicketType type = shared(TicketType.class, command.ticketTypeId(), "ticketTypeId");
        TicketStatus status =
                shared(TicketStatus.class, command.statusId() == null ? NEW_STATUS_ID : command.statusId(), "statusId");
        RequestForm request =
                command.requestId() == null ? null : shared(RequestForm.class, command.requestId(), "requestId");

        // The ticket's number and its tasks' in one round trip; the request's tasks come from the shared cache.
        List<RequestTask> steps = request == null ? List.of() : request.getTasks();
        long[] numbers = sequenceNumbers.next(SequenceNumbers.Kind.TICKET, 1 + steps.size());
        Ticket ticket = new Ticket(
                numbers[0], type, status, enterprise, command.summary().strip(), by);
        ticket.changeDescription(command.description(), by);
        if (request != null) {
            ticket.placeInCatalog(
                    request.getService().getCategory().getCatalog(),
                    request.getService().getCategory(),
                    request.getService(),
                    request);
        }
        ticket.setQueue(
                command.queueId() != null
                        ? shared(Queue.class, command.queueId(), "queueId")
                        : request == null ? null : request.getDefaultQueue());
        ticket.setOrigin(sharedLookup(command.originId(), LookupKind.ORIGIN, "originId"));
        ticket.setPriority(
                command.priorityId() != null
                        ? sharedLookup(command.priorityId(), LookupKind.PRIORITY, "priorityId")
                        : request == null ? null : request.getDefaultPriority());
        boolean principal = true;
        for (UUID clientId : command.clientIds()) {
            ticket.addClient(client(clientId), principal);
            principal = false;
        }
        principal = true;
        for (UUID resourceId : command.assigneeIds()) {
            ticket.assign(reference(Resource.class, resourceId, "assigneeIds"), principal);
            principal = false;
        }
        NewRows rows = new NewRows().add(ticket).addAll(ticket.getClients()).addAll(ticket.getAssignees());
        List<FieldSection> layout = layoutOf(ticket);
        // A new ticket has no stored values: none are read, and nothing is flushed before the commit.
        Map<UUID, FieldValue> values = new HashMap<>();
        ticket.pendingChanges()
                .add("Summary", null, ticket.getSummary())
                .add("Status", null, status.getCode())
                .addAll(customFields.applyToNew(
                        OwnerKind.TICKET, ticket.getId(), layout, command.customFieldValues(), by, values));
        List<Ticket> workflow = request == null
                ? List.of()
                : Workflow.tasks(
                        ticket,
                        steps,
                        Arrays.copyOfRange(numbers, 1, numbers.length),
                        shared(TicketStatus.class, NEW_STATUS_ID, "statusId"),
                        by,
                        culture);
        rows.addAll(values.values()).addAll(workflow);
        return new Opened(ticket, layout, values, workflow, rows);
    }

    /**
     * A client of the ticket, with its enterprises in the same statement (the answer shows its primary one), or a
     * refusal naming {@code Clients}.
     */
    private Client client(UUID id) {
        List<Client> found = id == null
                ? List.of()
                : em.createQuery("select c from Client c left join fetch c.enterprises where c.id = :id", Client.class)
                        .setParameter("id", id)
                        // Nothing written yet concerns clients: no flush, which would end the use of the shared cache.
                        .setFlushMode(FlushModeType.COMMIT)
                        .getResultList();
        return found(Client.class, id, "clientIds", found.isEmpty() ? null : found.get(0));
    }

    /** The "Console" origin of the reference data. */
    static final UUID CONSOLE_ORIGIN = UUID.fromString("0860ed6b-512d-4957-b0cb-e7e5cc759bc8");

    /**
     * An agent opens a ticket for a client from a request of the catalogue: the request's ticket type, queue and
     * priority, in the first of the client's enterprises that the request's catalogue serves and the agent sees.
     * Refusals name the field: {@code client}, {@code request}, {@code summary} or a custom field.
     */
    public Ticket createFromConsole(
            Caller caller,
            UUID requestId,
            UUID clientId,
            String summary,
            String description,
            Map<UUID, String> customFieldValues) {
        caller.require(Permission.TICKET_CREATE);
        Client client = clientId == null ? null : em.find(Client.class, clientId);
        if (client == null) {
            throw new ValidationException("client", "error.required", "client: pick the client");
        }
        RequestForm request = requestId == null ? null : em.find(RequestForm.class, requestId);
        if (request == null || !request.isActive()) {
            throw new ValidationException("request", "error.required", "request: pick the request");
        }
        java.util.Set<UUID> served = request.getService().getCategory().getCatalog().getEnterprises().stream()
                .map(Enterprise::getId)
                .collect(java.util.stream.Collectors.toSet());
        List<UUID> candidates = client.getEnterprises().stream()
                .map(e -> e.getEnterprise().getId())
                .filter(caller::seesEnterprise)
                .toList();
        UUID enterpriseId = candidates.stream()
                .filter(served::contains)
                .findFirst()
                .orElse(candidates.isEmpty() ? null : candidates.get(0));
        if (enterpriseId == null) {
            throw new ValidationException(
                    "client",
                    "error.clientNotVisible",
                    "client: none of the client's enterprises is one you may open tickets in");
        }
        NewTicket command = new NewTicket(
                enterpriseId,
                request.getTicketType().getId(),
                null,
                null,
                CONSOLE_ORIGIN,
                null,
                request.getId(),
                summary,
                description,
                List.of(client.getId()),
                List.of(),
                customFieldValues);
        valid(command);
        return create(caller, command);
    }

    /**
     * Bean Validation of a command this bean made itself: a call within the bean does not pass the container's
     * method validation, which checks the commands callers give ({@code @Valid}).
     */
    private void valid(NewTicket command) {
        Set<ConstraintViolation<NewTicket>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    /**
     * What an agent edits on a ticket's page, as the edit that would set it all as it is now (custom fields by their
     * definition's id): the page keeps the values it was loaded with and, when someone else saved first, compares them
     * with the current ones ({@link TicketDifferences}).
     */
    public TicketEdit editableValues(Caller caller, UUID ticketId) {
        Ticket ticket = find(caller, ticketId);
        TicketEdit.Builder values = TicketEdit.change()
                .summary(ticket.getSummary())
                .status(ticket.getStatus().getId())
                .queue(ticket.getQueue() == null ? null : ticket.getQueue().getId())
                .priority(
                        ticket.getPriority() == null
                                ? null
                                : ticket.getPriority().getId())
                .assignee(ticket.principalAssignee().map(Resource::getId).orElse(null))
                .dueDate(ticket.getDueDate())
                .description(ticket.getDescription());
        for (FieldView field : customFields.read(OwnerKind.TICKET, ticket.getId(), layoutOf(ticket))) {
            values.customField(field.definitionId().toString(), field.value());
        }
        return values.build();
    }

    /** The statuses a ticket may move to now (its own included), by {@link TicketStatus#canMoveTo}, in order. */
    public List<TicketStatus> statusesAfter(Caller caller, UUID ticketId) {
        TicketStatus current = find(caller, ticketId).getStatus();
        return em
                .createQuery(
                        "select s from TicketStatus s where s.active = true order by s.sortOrder, s.code",
                        TicketStatus.class)
                .getResultList()
                .stream()
                .filter(current::canMoveTo)
                .toList();
    }

    /** The audit trail of a ticket the caller sees, newest first (at most {@code limit} entries). */
    public List<AuditEntry> historyOf(Caller caller, UUID ticketId, int limit) {
        return audit.latest(caller, ObjectKind.TICKET, ticketId, limit);
    }

    /** The custom fields of a ticket the caller sees, with its values, in layout order. */
    public List<org.c2desk.customfield.FieldView> customFieldsOf(
            Caller caller, UUID ticketId, java.time.ZoneId zone, java.util.Locale locale) {
        Ticket ticket = find(caller, ticketId);
        return customFields.read(OwnerKind.TICKET, ticket.getId(), layoutOf(ticket), zone, locale);
    }

    /**
     * The custom fields of a ticket the caller found with {@link #find} (or a call that checked as it does), with its
     * values as the C2 API writes them (date-times in UTC, list items in English); its layout is its request's form
     * (none without a request). Not checked again: it runs on the hot path of every ticket answer.
     */
    public FilledForm formOf(Caller caller, Ticket ticket) {
        Objects.requireNonNull(caller, "caller");
        List<FieldSection> layout = layoutOf(ticket);
        return new FilledForm(layout, customFields.read(OwnerKind.TICKET, ticket.getId(), layout));
    }

    /**
     * The custom fields of a request form without values (what a ticket opened from it will have), for any signed-in
     * resource; {@code zone} and {@code locale} as {@link CustomFields#read(OwnerKind, UUID, List, ZoneId, Locale)}
     * takes them.
     */
    public List<FieldView> requestForm(Caller caller, UUID requestId, ZoneId zone, Locale locale) {
        return customFields.read(OwnerKind.TICKET, null, requestLayout(caller, requestId), zone, locale);
    }

    private List<FieldSection> layoutOf(Ticket ticket) {
        return ticket.getRequest() == null
                ? List.of()
                : customFields.layout(FormKind.REQUEST, ticket.getRequest().getId());
    }

    /**
     * The custom-field layout of a request form (what a ticket opened from it will have), for any signed-in resource;
     * the portal reads it through {@link PortalRequests#form}, for the requests its client may open.
     */
    public List<FieldSection> requestLayout(Caller caller, UUID requestId) {
        Objects.requireNonNull(caller, "caller");
        return customFields.layout(FormKind.REQUEST, requestId);
    }

    /** The ticket, if the caller may see it; otherwise "not found", so ids cannot be probed. */
    public Ticket find(Caller caller, UUID id) {
        Ticket ticket = id == null ? null : em.find(Ticket.class, id);
        if (ticket == null || !visibleTo(caller, ticket)) {
            throw new NotFoundException("Ticket", id);
        }
        return ticket;
    }

    /**
     * The rule {@link TicketQueries} applies in SQL: administrators see every ticket; other resources the tickets of
     * the enterprises their groups allow that are in one of their groups' queues, in no queue yet, or assigned to
     * them.
     */
    static boolean visibleTo(Caller caller, Ticket ticket) {
        if (caller.administrator()) {
            return true;
        }
        if (!caller.seesEnterprise(ticket.getEnterprise().getId())) {
            return false;
        }
        return ticket.getQueue() == null
                || caller.queueIds().contains(ticket.getQueue().getId())
                || ticket.getAssignees().stream()
                        .anyMatch(a -> a.getResource().getId().equals(caller.resourceId()));
    }

    /**
     * Changes what {@code edit} gives of one ticket, whatever its version, recording the changes in the history (the
     * C2 API's UpdateProperty).
     */
    public Ticket update(Caller caller, UUID id, @Valid TicketEdit edit) {
        caller.require(Permission.TICKET_EDIT);
        Ticket ticket = find(caller, id);
        apply(ticket, edit, caller);
        audit.record(caller, ObjectKind.TICKET, id, AuditAction.UPDATED, ticket.takeChanges());
        return ticket;
    }

    /** Changes one custom field, addressed by its definition's sequence number (the C2 API's UpdateProperty). */
    public Ticket updateCustomField(Caller caller, UUID id, int sequenceNumber, String value) {
        caller.require(Permission.TICKET_EDIT);
        Ticket ticket = find(caller, id);
        Changes changes = new Changes()
                .addAll(customFields.applyBySequenceNumber(
                        OwnerKind.TICKET, ticket.getId(), layoutOf(ticket), sequenceNumber, value, caller.userName()));
        ticket.getAudit().touch(caller.userName());
        audit.record(caller, ObjectKind.TICKET, id, AuditAction.UPDATED, changes);
        return ticket;
    }

    /**
     * Changes what {@code edit} gives of a ticket in one transaction, all or none, provided the ticket is still at
     * {@code expectedVersion} (what the REST API's If-Match carries). The row is locked while checking, so two callers
     * sending the same version cannot both succeed: the second is refused.
     *
     * @throws ConcurrentChangeException when the ticket is no longer at {@code expectedVersion}
     * @throws ValidationException naming the field (the edit's component) or {@code customFields.<key>}
     */
    public Ticket update(Caller caller, UUID id, long expectedVersion, @Valid TicketEdit edit) {
        caller.require(Permission.TICKET_EDIT);
        // Read and locked in one statement (select ... for update): no copy read earlier in this transaction.
        Ticket ticket = id == null ? null : em.find(Ticket.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (ticket == null || !visibleTo(caller, ticket)) {
            throw new NotFoundException("Ticket", id);
        }
        if (ticket.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Ticket", id, expectedVersion, ticket.getVersion());
        }
        apply(ticket, edit, caller);
        audit.record(caller, ObjectKind.TICKET, id, AuditAction.UPDATED, ticket.takeChanges());
        em.flush();
        return ticket;
    }

    /** The edit's system fields, then its custom fields (keyed by sequence number or definition id). */
    private void apply(Ticket ticket, TicketEdit edit, Caller caller) {
        new TicketEditor(em, ticket, caller.userName()).apply(edit);
        if (!edit.customFields().isEmpty()) {
            List<FieldSection> layout = layoutOf(ticket);
            Map<UUID, String> values = CustomFields.byDefinitionId(layout, edit.customFields(), "customFields.");
            ticket.pendingChanges()
                    .addAll(customFields.apply(
                            OwnerKind.TICKET, ticket.getId(), layout, values, caller.userName(), false));
        }
        ticket.getAudit().touch(caller.userName());
    }

    /** The entity with that id, or a refusal naming the field that held the id. */
    <T> T reference(Class<T> type, UUID id, String field) {
        return found(type, id, field, id == null ? null : em.find(type, id));
    }

    /** Finds reference data read-only: the shared cache's own instance, no copy registered in the transaction. */
    private static final Map<String, Object> READ_ONLY = Map.of(QueryHints.READ_ONLY, HintValues.TRUE);

    /**
     * Reference data (kept in the shared cache, see reference-data-cache.xml) for a new ticket, which {@link NewRows}
     * writes: the cached instance itself, or a refusal naming the field. Nothing may change it: a write through the
     * persistence context needs {@link #reference}. Registering a copy of each in the transaction, and comparing the
     * copies at the commit, was a tenth of a Ticket/Save's CPU.
     */
    private <T> T shared(Class<T> type, UUID id, String field) {
        return found(type, id, field, id == null ? null : em.find(type, id, READ_ONLY));
    }

    private LookupValue sharedLookup(UUID id, LookupKind kind, String field) {
        return id == null ? null : ofKind(shared(LookupValue.class, id, field), kind, field);
    }

    static <T> T found(Class<T> type, UUID id, String field, T found) {
        if (found == null) {
            throw new ValidationException(
                    field,
                    "error.unknownReference",
                    field + ": no " + type.getSimpleName() + " has the id " + id,
                    field,
                    id);
        }
        return found;
    }

    static LookupValue ofKind(LookupValue value, LookupKind kind, String field) {
        if (!value.is(kind)) {
            throw new ValidationException(
                    field,
                    "error.wrongKind",
                    field + ": " + value.getId() + " is a " + value.getKind() + ", not a " + kind,
                    field,
                    value.getId());
        }
        return value;
    }

    /**
     * Refuses a caller who may not change this ticket, or not see it, before anything else they sent is read: the C2
     * API's UpdateProperty asks first, then parses the property and its value.
     */
    public void requireMayEdit(Caller caller, UUID id) {
        caller.require(Permission.TICKET_EDIT);
        find(caller, id);
    }
}
