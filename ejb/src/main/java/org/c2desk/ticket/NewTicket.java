package org.c2desk.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What it takes to open a ticket, whatever the channel. Only the enterprise, the type and the summary are required;
 * the status defaults to "New", the queue and priority to the request's defaults. Custom field values are keyed by
 * their definition and must belong to the request's form. Refusals name the field by its component's name.
 */
public record NewTicket(
        @NotNull UUID enterpriseId,
        @NotNull UUID ticketTypeId,
        UUID statusId,
        UUID queueId,
        UUID originId,
        UUID priorityId,
        UUID requestId,

        @NotBlank(message = "is required") @Size(max = Ticket.SUMMARY_LENGTH, message = "at most {max} characters") String summary,

        String description,
        List<UUID> clientIds,
        List<UUID> assigneeIds,
        Map<UUID, String> customFieldValues) {

    public NewTicket {
        clientIds = clientIds == null ? List.of() : List.copyOf(clientIds);
        assigneeIds = assigneeIds == null ? List.of() : List.copyOf(assigneeIds);
        // Values may be null (an empty field), so no Map.copyOf.
        customFieldValues = customFieldValues == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(customFieldValues));
    }

    /** A ticket with only the required parts, for callers that fill the rest later. */
    public static NewTicket of(UUID enterpriseId, UUID ticketTypeId, String summary) {
        return new NewTicket(enterpriseId, ticketTypeId, null, null, null, null, null, summary, null, null, null, null);
    }
}
