package org.c2desk.ticket;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.c2desk.platform.LookupKind;
import org.c2desk.platform.LookupValue;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Resource;

/**
 * The system fields of a ticket that the C2 API's UpdateProperty may change, by their API names, each with how its
 * text value is read and applied. Every change is written to the ticket's history.
 */
enum TicketProperty {
    SUMMARY("Summary") {
        @Override
        void apply(TicketService service, Ticket t, String value, String by) {
            String summary = required(value).strip();
            if (summary.length() > Ticket.SUMMARY_LENGTH) {
                throw invalid("Summary: at most " + Ticket.SUMMARY_LENGTH + " characters");
            }
            service.record(t, "Summary", t.getSummary(), summary, by);
            t.changeSummary(summary, by);
        }
    },
    DESCRIPTION("Description") {
        @Override
        void apply(TicketService service, Ticket t, String value, String by) {
            service.record(t, "Description", t.getDescription(), value, by);
            t.changeDescription(value, by);
        }
    },
    STATUS("StatusId") {
        @Override
        void apply(TicketService service, Ticket t, String value, String by) {
            TicketStatus next = service.reference(TicketStatus.class, uuid(value), "StatusId");
            if (!t.getStatus().canMoveTo(next)) {
                throw new ValidationException(
                        "StatusId",
                        "error.transition",
                        "StatusId: a ticket cannot go from " + t.getStatus().getCode() + " to " + next.getCode(),
                        t.getStatus().getCode(),
                        next.getCode());
            }
            service.record(t, "Status", t.getStatus().getCode(), next.getCode(), by);
            t.changeStatus(next, by);
        }
    },
    QUEUE("QueueId") {
        @Override
        void apply(TicketService service, Ticket t, String value, String by) {
            Queue queue =
                    value == null || value.isBlank() ? null : service.reference(Queue.class, uuid(value), "QueueId");
            service.record(
                    t,
                    "Queue",
                    t.getQueue() == null ? null : t.getQueue().getCode(),
                    queue == null ? null : queue.getCode(),
                    by);
            t.setQueue(queue);
        }
    },
    /**
     * The principal assignee, by resource id (blank: the ticket has no assignee any more). Other assignees stay; a
     * resource already assigned becomes principal. Recorded by user name.
     */
    ASSIGNEE("AssigneeId") {
        @Override
        void apply(TicketService service, Ticket t, String value, String by) {
            Resource before = t.principalAssignee().orElse(null);
            if (value == null || value.isBlank()) {
                t.getAssignees().stream()
                        .map(TicketAssignee::getResource)
                        .toList()
                        .forEach(t::unassign);
                service.record(t, "Assignee", before == null ? null : before.getUserName(), null, by);
                return;
            }
            Resource next = service.reference(Resource.class, uuid(value), "AssigneeId");
            if (!next.isActive()) {
                throw new ValidationException(
                        "AssigneeId",
                        "error.inactiveResource",
                        "AssigneeId: " + next.getUserName() + " is not active",
                        next.getUserName());
            }
            t.assign(next, true);
            service.record(t, "Assignee", before == null ? null : before.getUserName(), next.getUserName(), by);
        }
    },
    PRIORITY("PriorityId", LookupKind.PRIORITY),
    URGENCY("UrgencyId", LookupKind.URGENCY),
    IMPACT("ImpactId", LookupKind.IMPACT),
    ORIGIN("OriginId", LookupKind.ORIGIN),
    STATE("StateId", LookupKind.TICKET_STATE),
    CHANGE_TYPE("ChangeTypeId", LookupKind.CHANGE_TYPE),
    CLOSING_REASON("ClosingReasonId", LookupKind.CLOSING_REASON),
    RESOLUTION_TYPE("ResolutionTypeId", LookupKind.RESOLUTION_TYPE),
    DUE_DATE("DueDate") {
        @Override
        void apply(TicketService service, Ticket t, String value, String by) {
            OffsetDateTime due = null;
            if (value != null && !value.isBlank()) {
                try {
                    due = OffsetDateTime.parse(value.trim());
                } catch (DateTimeParseException e) {
                    throw invalid(
                            "DueDate: \"" + value + "\" is not an ISO-8601 date and time (e.g. 2018-07-05T04:00:00Z)");
                }
            }
            service.record(t, "DueDate", String.valueOf(t.getDueDate()), String.valueOf(due), by);
            t.setDueDate(due);
        }
    },
    EXTERNAL_ID("ExternalId") {
        @Override
        void apply(TicketService service, Ticket t, String value, String by) {
            service.record(t, "ExternalId", t.getExternalId(), value, by);
            t.setExternalId(value == null || value.isBlank() ? null : value.trim());
        }
    },
    TECHNICAL_RESOLUTION("TechnicalResolution") {
        @Override
        void apply(TicketService service, Ticket t, String value, String by) {
            service.record(t, "TechnicalResolution", t.getTechnicalResolution(), value, by);
            t.setTechnicalResolution(value);
        }
    },
    CLIENT_RESOLUTION("ClientResolution") {
        @Override
        void apply(TicketService service, Ticket t, String value, String by) {
            service.record(t, "ClientResolution", t.getClientResolution(), value, by);
            t.setClientResolution(value);
        }
    };

    private final String apiName;
    private final LookupKind lookupKind;

    TicketProperty(String apiName) {
        this(apiName, null);
    }

    TicketProperty(String apiName, LookupKind lookupKind) {
        this.apiName = apiName;
        this.lookupKind = lookupKind;
    }

    /** The name the APIs use for this property (Summary, StatusId...). */
    String apiName() {
        return apiName;
    }

    /** The property the API names, case-insensitively; an unknown name is refused with the list of known ones. */
    static TicketProperty named(String name) {
        for (TicketProperty property : values()) {
            if (property.apiName.equalsIgnoreCase(name == null ? "" : name.trim())) {
                return property;
            }
        }
        throw new ValidationException(
                "PropertyName",
                "error.unknownProperty",
                "PropertyName: a ticket has no property '"
                        + name + "' that can be updated; known: "
                        + Arrays.stream(values()).map(p -> p.apiName).collect(Collectors.joining(", ")),
                name);
    }

    /** Lookup-valued properties (priority, urgency...) share one way of applying. */
    void apply(TicketService service, Ticket t, String value, String by) {
        LookupValue next = value == null || value.isBlank() ? null : service.lookup(uuid(value), lookupKind, apiName);
        LookupValue before = switch (this) {
            case PRIORITY -> t.getPriority();
            case URGENCY -> t.getUrgency();
            case IMPACT -> t.getImpact();
            case ORIGIN -> t.getOrigin();
            case STATE -> t.getState();
            case CHANGE_TYPE -> t.getChangeType();
            case CLOSING_REASON -> t.getClosingReason();
            case RESOLUTION_TYPE -> t.getResolutionType();
            default -> throw new IllegalStateException(apiName + " is not a lookup");
        };
        service.record(t, apiName, before == null ? null : before.getCode(), next == null ? null : next.getCode(), by);
        switch (this) {
            case PRIORITY -> t.setPriority(next);
            case URGENCY -> t.setUrgency(next);
            case IMPACT -> t.setImpact(next);
            case ORIGIN -> t.setOrigin(next);
            case STATE -> t.setState(next);
            case CHANGE_TYPE -> t.setChangeType(next);
            case CLOSING_REASON -> t.setClosingReason(next);
            case RESOLUTION_TYPE -> t.setResolutionType(next);
            default -> throw new IllegalStateException(apiName + " is not a lookup");
        }
    }

    private static String required(String value) {
        if (value == null || value.isBlank()) {
            throw invalid("Value is required");
        }
        return value;
    }

    UUID uuid(String value) {
        try {
            return UUID.fromString(required(value).trim());
        } catch (IllegalArgumentException e) {
            throw invalid(apiName + ": \"" + value + "\" is not a GUID");
        }
    }

    private static ValidationException invalid(String message) {
        return new ValidationException("Value", "error.invalidValue", message);
    }
}
