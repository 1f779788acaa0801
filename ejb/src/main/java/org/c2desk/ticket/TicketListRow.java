package org.c2desk.ticket;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;

/**
 * One ticket of the API's ticket list: its own fields and the ids and names of what it points at, read in one query
 * (never the entity). The client and assignee are the principal ones (else the first); names are in both languages.
 */
public record TicketListRow(
        UUID id,
        long sequenceNumber,
        String summary,
        boolean ticket,
        UUID statusId,
        LocalizedText status,
        UUID queueId,
        LocalizedText queue,
        UUID enterpriseId,
        String enterpriseName,
        UUID priorityId,
        LocalizedText priority,
        UUID clientId,
        String clientName,
        UUID assigneeId,
        String assigneeName,
        OffsetDateTime createdOn,
        OffsetDateTime lastModifiedOn,
        OffsetDateTime dueDate)
        implements Serializable {}
