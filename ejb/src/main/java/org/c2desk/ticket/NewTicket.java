package org.c2desk.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * What it takes to open a ticket, whatever the channel. Only the enterprise, the type and the summary are required;
 * the status defaults to "New", the queue and priority to the request's defaults.
 */
public record NewTicket(
        @NotNull UUID enterpriseId,
        @NotNull UUID ticketTypeId,
        UUID statusId,
        UUID queueId,
        UUID originId,
        UUID priorityId,
        UUID requestId,
        @NotBlank @Size(max = Ticket.SUMMARY_LENGTH) String summary,
        String description,
        List<UUID> clientIds,
        List<UUID> assigneeIds) {

    public NewTicket {
        clientIds = clientIds == null ? List.of() : List.copyOf(clientIds);
        assigneeIds = assigneeIds == null ? List.of() : List.copyOf(assigneeIds);
    }

    /** A ticket with only the required parts, for callers that fill the rest later. */
    public static NewTicket of(UUID enterpriseId, UUID ticketTypeId, String summary) {
        return new NewTicket(enterpriseId, ticketTypeId, null, null, null, null, null, summary, null, null, null);
    }
}
