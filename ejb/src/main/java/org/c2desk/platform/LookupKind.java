package org.c2desk.platform;

/** The small bilingual lists kept in {@code lookup_value}, told apart by this kind. */
public enum LookupKind {
    PRIORITY,
    URGENCY,
    IMPACT,
    ORIGIN,
    CHANGE_TYPE,
    CLOSING_REASON,
    RESOLUTION_TYPE,
    TICKET_STATE,
    CI_RELATION
}
