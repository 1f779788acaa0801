package org.c2desk.ticket;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Which tickets a list shows, on top of what the caller may see. Every condition is optional; an empty list of ids
 * does not filter.
 *
 * @param clientId tickets this client is a client of (principal or not)
 * @param assigneeId tickets this resource is an assignee of (principal or not)
 * @param createdSince created at or after this moment
 * @param modifiedSince last modified at or after this moment
 * @param text words all found in the summary or description, or all found in one of the ticket's communications
 *     (internal notes included: only resources call the lists)
 * @param ticket true: tickets only; false: workflow tasks only; null: both
 */
public record TicketFilter(
        List<UUID> statusIds,
        List<UUID> queueIds,
        List<UUID> enterpriseIds,
        UUID clientId,
        UUID assigneeId,
        OffsetDateTime createdSince,
        OffsetDateTime modifiedSince,
        String text,
        Boolean ticket)
        implements Serializable {

    public TicketFilter {
        statusIds = statusIds == null ? List.of() : List.copyOf(statusIds);
        queueIds = queueIds == null ? List.of() : List.copyOf(queueIds);
        enterpriseIds = enterpriseIds == null ? List.of() : List.copyOf(enterpriseIds);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** Every ticket (not the tasks) the caller may see. */
    public static TicketFilter tickets() {
        return new TicketFilter(null, null, null, null, null, null, null, null, true);
    }
}
