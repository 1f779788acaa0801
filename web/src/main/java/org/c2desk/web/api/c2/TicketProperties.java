package org.c2desk.web.api.c2;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.c2desk.platform.ValidationException;
import org.c2desk.ticket.TicketEdit;

/**
 * A ticket's fields as the C2 API names them: which {@code PropertyName} UpdateProperty changes and how its text
 * {@code Value} is read into a {@link TicketEdit} (a blank value or the empty GUID clears a reference), and the C2 name
 * of each field the ticket service names in a refusal (its commands' components).
 */
final class TicketProperties {

    /** UpdateProperty's properties, in the order its refusal lists them. */
    private static final Map<String, BiConsumer<TicketEdit.Builder, String>> SETTERS = new LinkedHashMap<>();

    /** The service's field (a command's component) to its C2 name. */
    private static final Map<String, String> C2_NAMES = new LinkedHashMap<>();

    static {
        property("Summary", "summary", (edit, value) -> edit.summary(required("Summary", value)));
        property("Description", "description", TicketEdit.Builder::description);
        property("StatusId", "statusId", (edit, value) -> edit.status(requiredGuid("StatusId", value)));
        property("QueueId", "queueId", (edit, value) -> edit.queue(guid("QueueId", value)));
        property("AssigneeId", "assigneeId", (edit, value) -> edit.assignee(guid("AssigneeId", value)));
        property("PriorityId", "priorityId", (edit, value) -> edit.priority(guid("PriorityId", value)));
        property("UrgencyId", "urgencyId", (edit, value) -> edit.urgency(guid("UrgencyId", value)));
        property("ImpactId", "impactId", (edit, value) -> edit.impact(guid("ImpactId", value)));
        property("OriginId", "originId", (edit, value) -> edit.origin(guid("OriginId", value)));
        property("StateId", "stateId", (edit, value) -> edit.state(guid("StateId", value)));
        property("ChangeTypeId", "changeTypeId", (edit, value) -> edit.changeType(guid("ChangeTypeId", value)));
        property(
                "ClosingReasonId",
                "closingReasonId",
                (edit, value) -> edit.closingReason(guid("ClosingReasonId", value)));
        property(
                "ResolutionTypeId",
                "resolutionTypeId",
                (edit, value) -> edit.resolutionType(guid("ResolutionTypeId", value)));
        property("DueDate", "dueDate", (edit, value) -> edit.dueDate(dateTime(value)));
        property("ExternalId", "externalId", TicketEdit.Builder::externalId);
        property("TechnicalResolution", "technicalResolution", TicketEdit.Builder::technicalResolution);
        property("ClientResolution", "clientResolution", TicketEdit.Builder::clientResolution);
        // Save's fields that UpdateProperty does not change.
        C2_NAMES.put("enterpriseId", "EnterpriseId");
        C2_NAMES.put("ticketTypeId", "TicketTypeId");
        C2_NAMES.put("requestId", "RequestId");
        C2_NAMES.put("clientIds", "Clients");
        C2_NAMES.put("assigneeIds", "Assignees");
        C2_NAMES.put("customFieldValues", "CustomFields");
    }

    private TicketProperties() {}

    private static void property(String c2Name, String field, BiConsumer<TicketEdit.Builder, String> setter) {
        SETTERS.put(c2Name, setter);
        C2_NAMES.put(field, c2Name);
    }

    /** The edit UpdateProperty's {@code PropertyName} and {@code Value} ask for; an unknown name is refused by name. */
    static TicketEdit edit(String propertyName, String value) {
        String name = propertyName == null ? "" : propertyName.trim();
        for (Map.Entry<String, BiConsumer<TicketEdit.Builder, String>> property : SETTERS.entrySet()) {
            if (property.getKey().equalsIgnoreCase(name)) {
                TicketEdit.Builder edit = TicketEdit.change();
                property.getValue().accept(edit, value);
                return edit.build();
            }
        }
        throw new ValidationException(
                "PropertyName",
                "error.unknownProperty",
                "PropertyName: a ticket has no property '" + propertyName + "' that can be updated; known: "
                        + SETTERS.keySet().stream().collect(Collectors.joining(", ")),
                propertyName);
    }

    /** A refusal of the ticket service, naming its field as the C2 API does. */
    static ValidationException renamed(ValidationException e) {
        String c2 = e.field() == null ? null : C2_NAMES.get(e.field());
        return c2 == null ? e : e.renamed(c2);
    }

    /** The C2 name of a command's component that Bean Validation refused. */
    static String c2Name(String component) {
        String c2 = C2_NAMES.get(component);
        if (c2 != null || component == null || component.isEmpty()) {
            return c2 == null ? component : c2;
        }
        return Character.toUpperCase(component.charAt(0)) + component.substring(1);
    }

    /** A value the field cannot do without (the summary, the status). */
    private static String required(String c2Name, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(c2Name, "error.invalidValue", "Value is required");
        }
        return value;
    }

    /** A GUID, or none for a blank value or the empty GUID (what Get answers for no value). */
    private static UUID guid(String c2Name, String value) {
        if (value == null || value.isBlank() || value.trim().equals(C2Json.EMPTY_GUID)) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(c2Name, "error.invalidValue", c2Name + ": \"" + value + "\" is not a GUID");
        }
    }

    /** A GUID the field cannot do without: the empty GUID is no more a value than a blank one. */
    private static UUID requiredGuid(String c2Name, String value) {
        UUID id = guid(c2Name, required(c2Name, value));
        if (id == null) {
            throw new ValidationException(c2Name, "error.invalidValue", "Value is required");
        }
        return id;
    }

    private static OffsetDateTime dateTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException(
                    "DueDate",
                    "error.invalidValue",
                    "DueDate: \"" + value + "\" is not an ISO-8601 date and time (e.g. 2018-07-05T04:00:00Z)");
        }
    }
}
