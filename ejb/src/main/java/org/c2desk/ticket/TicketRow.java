package org.c2desk.ticket;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;

/** One line of a ticket list: what a list shows, read in one query, never the whole ticket. */
public record TicketRow(
        UUID id,
        String number,
        String summary,
        String client,
        LocalizedText status,
        LocalizedText queue,
        OffsetDateTime createdOn,
        OffsetDateTime lastModifiedOn)
        implements Serializable {}
