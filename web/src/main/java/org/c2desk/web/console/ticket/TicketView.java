package org.c2desk.web.console.ticket;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.c2desk.customfield.Choice;
import org.c2desk.customfield.CustomFields;
import org.c2desk.platform.BusinessException;
import org.c2desk.platform.ConcurrentChangeException;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.SequenceNumbers;
import org.c2desk.ticket.Channel;
import org.c2desk.ticket.Ticket;
import org.c2desk.ticket.TicketConversation;
import org.c2desk.ticket.TicketDifferences;
import org.c2desk.ticket.TicketEdit;
import org.c2desk.ticket.TicketReferenceData;
import org.c2desk.ticket.TicketService;
import org.c2desk.ticket.TicketStatus;
import org.c2desk.ticket.Workflow;
import org.c2desk.web.customfield.ClientChoices;
import org.c2desk.web.customfield.FieldInput;
import org.c2desk.web.customfield.FieldInputs;
import org.c2desk.web.faces.Refusals;
import org.c2desk.web.i18n.LocaleSelector;
import org.c2desk.web.i18n.Messages;
import org.c2desk.web.security.CurrentUser;

/**
 * {@code console/ticket.xhtml?id=...}: one ticket for an agent. Edits go through
 * {@link TicketService#updateProperties} with the version the page was loaded with; when another agent saved
 * first, nothing is written and the page lists the fields that changed meanwhile, with their new values.
 */
@Named
@ViewScoped
public class TicketView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int HISTORY_SHOWN = 200;
    private static final int PEOPLE_SHOWN = 500;
    private static final Refusals REFUSALS = Refusals.console(
            "ticket",
            Map.of(
                    "Summary", "summary",
                    "StatusId", "status",
                    "QueueId", "queue",
                    "PriorityId", "priority",
                    "AssigneeId", "assignee"));
    private static final Refusals REPLY_REFUSALS = Refusals.console("reply", Map.of("body", "body", "subject", "body"));

    @EJB
    TicketService tickets;

    @EJB
    TicketConversation conversation;

    @EJB
    Workflow workflow;

    @EJB
    CustomFields customFields;

    @EJB
    TicketReferenceData reference;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClientChoices clientChoices;

    @Inject
    LocaleSelector localeSelector;

    /** One line of the header or of a list, already in the reader's words. */
    public record Communication(String author, boolean publicReply, OffsetDateTime on, String subject, String body)
            implements Serializable {}

    public record Task(UUID id, String number, String summary, LocalizedText status, Integer step)
            implements Serializable {}

    public record LinkedCi(String number, LocalizedText name) implements Serializable {}

    public record Change(String by, OffsetDateTime on, String field, String before, String after)
            implements Serializable {}

    /** A field another agent changed while this page was open, with the value it now has. */
    public record Conflict(String field, String now) implements Serializable {}

    private String id;
    private UUID ticketId;
    private boolean notFound;
    private long version;
    private TicketEdit loaded = TicketEdit.change().build();
    private Map<UUID, String> loadedCustom = Map.of();

    private String number;
    private String client;
    private String enterprise;
    private LocalizedText status;
    private LocalizedText priority;
    private LocalizedText queue;
    private String assignees;
    private OffsetDateTime dueDate;
    private OffsetDateTime createdOn;
    private OffsetDateTime lastModifiedOn;
    private String lastModifiedBy;
    private String description;
    private List<TicketStatus> nextStatuses = List.of();
    private List<Communication> communications = List.of();
    private List<Task> tasks = List.of();
    private List<LinkedCi> cis = List.of();
    private List<Change> history = List.of();
    private List<Conflict> conflicts = List.of();
    private FieldInputs fields;

    private String summary;
    private String title;
    private String statusId;
    private String queueId;
    private String priorityId;
    private String assigneeId;

    private boolean publicReply = true;
    private String replyBody;

    /** What the page last read, to tell a live change from a repeat: version, history and messages. */
    private String fingerprint;

    private String latestBy;
    private OffsetDateTime latestOn;
    private String liveChangedBy;
    private OffsetDateTime liveChangedOn;
    private boolean liveGone;

    /** f:viewAction: reads the ticket if the agent may see it; any other id is "not found", never an error page. */
    public void load() {
        if (ticketId != null) {
            return;
        }
        try {
            ticketId = UUID.fromString(id);
            read();
        } catch (NotFoundException | IllegalArgumentException | NullPointerException e) {
            notFound = true;
        }
    }

    private void read() {
        Ticket ticket = tickets.find(currentUser.caller(), ticketId);
        version = ticket.getVersion();
        number = SequenceNumbers.format(ticket.getSequenceNumber());
        summary = ticket.getSummary();
        title = ticket.getSummary();
        description = ticket.getDescription();
        client = ticket.principalClient().map(c -> c.getFullName()).orElse("");
        enterprise = ticket.getEnterprise().getName();
        status = ticket.getStatus().getName();
        priority = ticket.getPriority() == null ? null : ticket.getPriority().getName();
        queue = ticket.getQueue() == null ? null : ticket.getQueue().getName();
        assignees = String.join(
                ", ",
                ticket.getAssignees().stream()
                        .map(a -> a.getResource().getFullName()
                                + (a.isPrincipal() && ticket.getAssignees().size() > 1 ? " ★" : ""))
                        .toList());
        dueDate = ticket.getDueDate();
        createdOn = ticket.getAudit().createdOn();
        lastModifiedOn = ticket.getAudit().lastModifiedOn();
        lastModifiedBy = ticket.getAudit().lastModifiedBy();
        cis = ticket.getCis().stream()
                .map(ci -> new LinkedCi(Long.toString(ci.getCiNumber()), ci.getName()))
                .toList();

        loaded = tickets.editableValues(currentUser.caller(), ticketId);
        statusId = TicketDifferences.valueOf(loaded, "statusId");
        queueId = TicketDifferences.valueOf(loaded, "queueId");
        priorityId = TicketDifferences.valueOf(loaded, "priorityId");
        assigneeId = TicketDifferences.valueOf(loaded, "assigneeId");
        nextStatuses = tickets.statusesAfter(currentUser.caller(), ticketId);

        List<Choice> people = reference.assignableResources(PEOPLE_SHOWN).stream()
                .map(r -> new Choice(r.id().toString(), LocalizedText.same(r.fullName())))
                .toList();
        fields = new FieldInputs(
                tickets.customFieldsOf(
                        currentUser.caller(), ticketId, ZoneId.systemDefault(), localeSelector.getLocale()),
                id -> customFields.choices(currentUser.caller(), id),
                clientChoices.of(currentUser.caller(), ticket.getEnterprise().getId()),
                people,
                ZoneId.systemDefault());
        loadedCustom = new HashMap<>(fields.raw());

        communications = conversation.communicationsOf(currentUser.caller(), ticketId).stream()
                .map(c -> new Communication(
                        c.getAuthorResource() != null
                                ? c.getAuthorResource().getFullName()
                                : c.getAuthorClient() != null
                                        ? c.getAuthorClient().getFullName()
                                        : "",
                        c.isPublic(),
                        c.getCreatedOn(),
                        c.getSubject(),
                        c.getBody()))
                .toList();
        tasks = workflow.workflowOf(currentUser.caller(), ticket).stream()
                .map(t -> new Task(
                        t.getId(),
                        SequenceNumbers.format(t.getSequenceNumber()),
                        t.getSummary(),
                        t.getStatus().getName(),
                        t.getWorkflowStep()))
                .toList();
        history = org.c2desk.web.console.HistoryLines.of(
                        tickets.historyOf(currentUser.caller(), ticketId, HISTORY_SHOWN),
                        fields,
                        localeSelector.getLocale())
                .stream()
                .map(h -> new Change(
                        h.by(),
                        h.on(),
                        h.isUpdate()
                                ? h.field()
                                : h.field().isEmpty()
                                        ? actionName(h.action())
                                        : actionName(h.action()) + " · " + h.field(),
                        h.before(),
                        h.after()))
                .toList();

        Change newestChange = history.isEmpty() ? null : history.get(0);
        Communication newestMessage = communications.isEmpty() ? null : communications.get(communications.size() - 1);
        fingerprint = version + "|" + history.size() + "|" + (newestChange == null ? "" : newestChange.on()) + "|"
                + communications.size();
        boolean messageIsNewer = newestMessage != null
                && (newestChange == null || newestMessage.on().isAfter(newestChange.on()));
        latestBy = messageIsNewer ? newestMessage.author() : newestChange == null ? lastModifiedBy : newestChange.by();
        latestOn = messageIsNewer ? newestMessage.on() : newestChange == null ? lastModifiedOn : newestChange.on();
        liveChangedBy = null;
        liveChangedOn = null;
        liveGone = false;
    }

    /**
     * Live update (the template's websocket said this ticket changed somewhere): re-reads the ticket with the agent's
     * rights and refreshes what the page shows (header, messages, history), keeping the agent's unsaved edits and the
     * version they were made on, so a save after that is still checked against it. Tells who changed it; a ticket
     * the agent may no longer see is said to be gone, without showing anything of it.
     */
    public void liveCheck() {
        if (ticketId == null || notFound) {
            return;
        }
        String before = fingerprint;
        String toldBy = liveChangedBy;
        OffsetDateTime toldOn = liveChangedOn;
        long keepVersion = version;
        TicketEdit keepLoaded = loaded;
        Map<UUID, String> keepLoadedCustom = loadedCustom;
        FieldInputs keepFields = fields;
        List<TicketStatus> keepNextStatuses = nextStatuses;
        String[] keepForm = {summary, statusId, queueId, priorityId, assigneeId};
        try {
            read();
        } catch (NotFoundException e) {
            liveGone = true;
            return;
        }
        version = keepVersion;
        loaded = keepLoaded;
        loadedCustom = keepLoadedCustom;
        fields = keepFields;
        nextStatuses = keepNextStatuses;
        summary = keepForm[0];
        statusId = keepForm[1];
        queueId = keepForm[2];
        priorityId = keepForm[3];
        assigneeId = keepForm[4];
        if (!fingerprint.equals(before)) {
            liveChangedBy = latestBy;
            liveChangedOn = latestOn;
        } else {
            liveChangedBy = toldBy;
            liveChangedOn = toldOn;
        }
    }

    /** Saves what the agent changed, all or nothing, if nobody else saved the ticket since the page was loaded. */
    public void save() {
        Map<String, String> customChanges = new LinkedHashMap<>();
        for (FieldInput input : fields.getAll()) {
            String raw = input.raw();
            if (!input.isReadOnly() && !same(input, raw, loadedCustom.get(input.getDefinitionId()))) {
                customChanges.put(input.getDefinitionId().toString(), raw);
            }
        }
        TicketEdit typed = TicketEdit.change()
                .summary(summary)
                .status(id(statusId))
                .queue(id(queueId))
                .priority(id(priorityId))
                .assignee(id(assigneeId))
                .customFields(customChanges)
                .build();
        TicketEdit edits = TicketDifferences.edits(loaded, typed);
        if (edits.isEmpty()) {
            Messages.info(null, "ticket.nothingChanged");
            return;
        }
        try {
            tickets.update(currentUser.caller(), ticketId, version, edits);
            conflicts = List.of();
            read();
            Messages.info(null, "ticket.saved");
        } catch (ConcurrentChangeException e) {
            TicketEdit current = tickets.editableValues(currentUser.caller(), ticketId);
            List<Conflict> found = new ArrayList<>();
            for (String key : TicketDifferences.between(loaded, current)) {
                found.add(new Conflict(label(key), display(key, TicketDifferences.valueOf(current, key))));
            }
            conflicts = found;
            Messages.error(null, "ticket.changedMeanwhile");
        } catch (NotFoundException e) {
            notFound = true;
        } catch (BusinessException | EJBException | ConstraintViolationException e) {
            REFUSALS.show(e, fields);
        }
    }

    /** Same value? Numbers compare by value (123.45 and 123.450 are one value). */
    private static boolean same(FieldInput input, String a, String b) {
        if (a != null && b != null && "number".equals(input.getKind())) {
            try {
                return new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(b)) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return java.util.Objects.equals(a, b);
    }

    /** Drops this page's edits and shows the ticket as it is now. */
    public void reload() {
        conflicts = List.of();
        read();
    }

    public void reply() {
        try {
            conversation.addCommunication(
                    currentUser.caller(), ticketId, publicReply, null, replyBody, Channel.CONSOLE);
            replyBody = null;
            Messages.info(null, publicReply ? "ticket.reply.sent" : "ticket.noteAdded");
            long keep = version;
            TicketEdit keepLoaded = loaded;
            read();
            if (!conflicts.isEmpty()) {
                version = keep;
                loaded = keepLoaded;
            }
        } catch (BusinessException | EJBException | ConstraintViolationException e) {
            REPLY_REFUSALS.show(e);
        }
    }

    /** What a history line's write did (created, reply added...), in the reader's language. */
    private String actionName(String action) {
        try {
            return java.util.ResourceBundle.getBundle(org.c2desk.web.i18n.Messages.BUNDLE, localeSelector.getLocale())
                    .getString("audit.action." + action);
        } catch (java.util.MissingResourceException e) {
            return action;
        }
    }

    /**
     * A field's name for the reader, named as {@link TicketDifferences} names it: system fields from the bundle
     * ({@code statusId}: {@code ticket.field.StatusId}), custom fields by their label.
     */
    private String label(String key) {
        if (key.startsWith(TicketDifferences.CUSTOM)) {
            String definitionId = key.substring(TicketDifferences.CUSTOM.length());
            return fields.getAll().stream()
                    .filter(f -> f.getDefinitionId().toString().equals(definitionId))
                    .findFirst()
                    .map(f -> f.label(localeSelector.getLocale()))
                    .orElse(definitionId);
        }
        return Messages.text(
                localeSelector.getLocale(), "ticket.field." + Character.toUpperCase(key.charAt(0)) + key.substring(1));
    }

    /** The id a choice of the form holds; none for no choice (or a value no choice has). */
    private static UUID id(String choice) {
        try {
            return choice == null || choice.isBlank() ? null : UUID.fromString(choice);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A value for the reader: names rather than ids. */
    private String display(String key, String value) {
        if (value == null || value.isBlank()) {
            return "—";
        }
        return switch (key) {
            case "statusId" ->
                reference.statuses().stream()
                        .filter(s -> s.id().toString().equals(value))
                        .map(s -> s.name().in(localeSelector.getLocale()))
                        .findFirst()
                        .orElse(value);
            case "queueId" ->
                reference.queues().stream()
                        .filter(q -> q.id().toString().equals(value))
                        .map(q -> q.name().in(localeSelector.getLocale()))
                        .findFirst()
                        .orElse(value);
            case "priorityId" ->
                reference.priorities().stream()
                        .filter(p -> p.id().toString().equals(value))
                        .map(p -> p.name().in(localeSelector.getLocale()))
                        .findFirst()
                        .orElse(value);
            case "assigneeId" ->
                reference.assignableResources(PEOPLE_SHOWN).stream()
                        .filter(r -> r.id().toString().equals(value))
                        .map(r -> r.fullName())
                        .findFirst()
                        .orElse(value);
            default -> value;
        };
    }

    // Properties ---------------------------------------------------------------------------------------------

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

    public String getClient() {
        return client;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public LocalizedText getStatus() {
        return status;
    }

    public LocalizedText getPriority() {
        return priority;
    }

    public LocalizedText getQueue() {
        return queue;
    }

    public String getAssignees() {
        return assignees;
    }

    public OffsetDateTime getDueDate() {
        return dueDate;
    }

    public OffsetDateTime getCreatedOn() {
        return createdOn;
    }

    public OffsetDateTime getLastModifiedOn() {
        return lastModifiedOn;
    }

    public String getLastModifiedBy() {
        return lastModifiedBy;
    }

    public String getDescription() {
        return description;
    }

    public List<TicketStatus> getNextStatuses() {
        return nextStatuses;
    }

    public List<Communication> getCommunications() {
        return communications;
    }

    public List<Task> getTasks() {
        return tasks;
    }

    public List<LinkedCi> getCis() {
        return cis;
    }

    public List<Change> getHistory() {
        return history;
    }

    public List<Conflict> getConflicts() {
        return conflicts;
    }

    public FieldInputs getFields() {
        return fields;
    }

    /** The summary as stored (the header), whatever the edit form holds. */
    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getStatusId() {
        return statusId;
    }

    public void setStatusId(String statusId) {
        this.statusId = statusId;
    }

    public String getQueueId() {
        return queueId;
    }

    public void setQueueId(String queueId) {
        this.queueId = queueId;
    }

    public String getPriorityId() {
        return priorityId;
    }

    public void setPriorityId(String priorityId) {
        this.priorityId = priorityId;
    }

    public String getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(String assigneeId) {
        this.assigneeId = assigneeId;
    }

    public boolean isPublicReply() {
        return publicReply;
    }

    public void setPublicReply(boolean publicReply) {
        this.publicReply = publicReply;
    }

    public String getReplyBody() {
        return replyBody;
    }

    public void setReplyBody(String replyBody) {
        this.replyBody = replyBody;
    }

    public long getVersion() {
        return version;
    }

    public UUID getTicketId() {
        return ticketId;
    }

    /** Who changed the ticket since the agent loaded it (live update), or null. */
    public String getLiveChangedBy() {
        return liveChangedBy;
    }

    public OffsetDateTime getLiveChangedOn() {
        return liveChangedOn;
    }

    /** The ticket changed so that the agent may no longer see it. */
    public boolean isLiveGone() {
        return liveGone;
    }
}
