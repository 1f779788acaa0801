package org.c2desk.ticket;

import java.io.Serializable;
import java.util.UUID;

/**
 * A ticket was written (created, edited, answered, given a file), told once per ticket and transaction after the
 * commit. It carries no content of the ticket: whoever shows it re-reads it through {@link TicketService}, which
 * checks that the reader may see it. Serializable: it crosses the cluster ({@link TicketChangeRelay}).
 */
public record TicketChanged(UUID ticketId, String changedBy) implements Serializable {}
