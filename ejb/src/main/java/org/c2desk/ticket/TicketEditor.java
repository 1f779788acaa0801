package org.c2desk.ticket;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.c2desk.platform.LookupKind;
import org.c2desk.platform.LookupValue;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Resource;

/**
 * Applies a {@link TicketEdit}'s system fields to a ticket, in a fixed order, resolving each reference or refusing with
 * the name of the field (its component's name), and notes each change for the audit entry under the name the history
 * has always used. Custom fields are the service's.
 */
final class TicketEditor {

    private final EntityManager em;
    private final Ticket t;
    private final String by;

    TicketEditor(EntityManager em, Ticket ticket, String by) {
        this.em = em;
        this.t = ticket;
        this.by = by;
    }

    void apply(TicketEdit edit) {
        if (edit.summary() != null) {
            String summary = edit.summary().strip();
            record("Summary", t.getSummary(), summary);
            t.changeSummary(summary, by);
        }
        if (edit.description() != null) {
            String description = edit.description().orElse(null);
            record("Description", t.getDescription(), description);
            t.changeDescription(description, by);
        }
        if (edit.statusId() != null) {
            status(edit.statusId());
        }
        if (edit.queueId() != null) {
            Queue queue = edit.queueId()
                    .map(id -> reference(Queue.class, id, "queueId"))
                    .orElse(null);
            record("Queue", code(t.getQueue()), code(queue));
            t.setQueue(queue);
        }
        lookup(edit.priorityId(), LookupKind.PRIORITY, "priorityId", "PriorityId", t.getPriority(), t::setPriority);
        if (edit.assigneeId() != null) {
            assignee(edit.assigneeId());
        }
        lookup(edit.urgencyId(), LookupKind.URGENCY, "urgencyId", "UrgencyId", t.getUrgency(), t::setUrgency);
        lookup(edit.impactId(), LookupKind.IMPACT, "impactId", "ImpactId", t.getImpact(), t::setImpact);
        lookup(edit.originId(), LookupKind.ORIGIN, "originId", "OriginId", t.getOrigin(), t::setOrigin);
        lookup(edit.stateId(), LookupKind.TICKET_STATE, "stateId", "StateId", t.getState(), t::setState);
        lookup(
                edit.changeTypeId(),
                LookupKind.CHANGE_TYPE,
                "changeTypeId",
                "ChangeTypeId",
                t.getChangeType(),
                t::setChangeType);
        lookup(
                edit.closingReasonId(),
                LookupKind.CLOSING_REASON,
                "closingReasonId",
                "ClosingReasonId",
                t.getClosingReason(),
                t::setClosingReason);
        lookup(
                edit.resolutionTypeId(),
                LookupKind.RESOLUTION_TYPE,
                "resolutionTypeId",
                "ResolutionTypeId",
                t.getResolutionType(),
                t::setResolutionType);
        if (edit.dueDate() != null) {
            var due = edit.dueDate().orElse(null);
            record("DueDate", String.valueOf(t.getDueDate()), String.valueOf(due));
            t.setDueDate(due);
        }
        text(
                edit.externalId(),
                "ExternalId",
                Ticket::getExternalId,
                value -> t.setExternalId(value == null || value.isBlank() ? null : value.trim()));
        text(
                edit.technicalResolution(),
                "TechnicalResolution",
                Ticket::getTechnicalResolution,
                t::setTechnicalResolution);
        text(edit.clientResolution(), "ClientResolution", Ticket::getClientResolution, t::setClientResolution);
    }

    private void status(UUID id) {
        TicketStatus next = reference(TicketStatus.class, id, "statusId");
        if (!t.getStatus().canMoveTo(next)) {
            throw new ValidationException(
                    "statusId",
                    "error.transition",
                    "statusId: a ticket cannot go from " + t.getStatus().getCode() + " to " + next.getCode(),
                    t.getStatus().getCode(),
                    next.getCode());
        }
        record("Status", t.getStatus().getCode(), next.getCode());
        t.changeStatus(next, by);
    }

    /**
     * The principal assignee (none: the ticket has no assignee any more). Other assignees stay; a resource already
     * assigned becomes principal. Recorded by user name.
     */
    private void assignee(Optional<UUID> id) {
        Resource before = t.principalAssignee().orElse(null);
        if (id.isEmpty()) {
            t.getAssignees().stream().map(TicketAssignee::getResource).toList().forEach(t::unassign);
            record("Assignee", before == null ? null : before.getUserName(), null);
            return;
        }
        Resource next = reference(Resource.class, id.get(), "assigneeId");
        if (!next.isActive()) {
            throw new ValidationException(
                    "assigneeId",
                    "error.inactiveResource",
                    "assigneeId: " + next.getUserName() + " is not active",
                    next.getUserName());
        }
        t.assign(next, true);
        record("Assignee", before == null ? null : before.getUserName(), next.getUserName());
    }

    /** A lookup-valued field (priority, urgency...): recorded under {@code recordedAs}, by the values' codes. */
    private void lookup(
            Optional<UUID> id,
            LookupKind kind,
            String field,
            String recordedAs,
            LookupValue before,
            Consumer<LookupValue> set) {
        if (id == null) {
            return;
        }
        LookupValue next = id.map(v -> TicketService.ofKind(reference(LookupValue.class, v, field), kind, field))
                .orElse(null);
        record(recordedAs, before == null ? null : before.getCode(), next == null ? null : next.getCode());
        set.accept(next);
    }

    /** A free-text field, recorded as sent. */
    private void text(
            Optional<String> value, String recordedAs, Function<Ticket, String> before, Consumer<String> set) {
        if (value == null) {
            return;
        }
        record(recordedAs, before.apply(t), value.orElse(null));
        set.accept(value.orElse(null));
    }

    private <T> T reference(Class<T> type, UUID id, String field) {
        return TicketService.found(type, id, field, em.find(type, id));
    }

    private static String code(Queue queue) {
        return queue == null ? null : queue.getCode();
    }

    /** Notes a change of a system field for the audit entry of the current write (see {@link Ticket#takeChanges}). */
    private void record(String field, String before, String after) {
        t.pendingChanges().add(field, before, after);
    }
}
