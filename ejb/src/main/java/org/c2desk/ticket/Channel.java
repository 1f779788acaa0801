package org.c2desk.ticket;

/** Where a ticket communication came from. */
public enum Channel {
    CONSOLE,
    PORTAL,
    EMAIL,
    API,
    SYSTEM
}
