package org.c2desk.ticket;

import java.util.List;
import org.c2desk.customfield.FieldSection;
import org.c2desk.customfield.FieldView;

/**
 * A ticket just opened, with what its answer shows beside it, all taken from the transaction that opened it: its
 * custom-field layout, its custom fields (the values written, formatted as {@link
 * org.c2desk.customfield.CustomFields#read} does) and the tasks of its workflow in step order. Nothing needs reading
 * again to answer the caller.
 */
public record OpenedTicket(
        Ticket ticket, List<FieldSection> layout, List<FieldView> customFields, List<Ticket> workflow) {}
