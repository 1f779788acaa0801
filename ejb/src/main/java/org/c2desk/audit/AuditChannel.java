package org.c2desk.audit;

/** Which way a change came in. */
public enum AuditChannel {
    /** The C2 product's API, {@code /API/...}. */
    C2_API,
    /** The REST API, {@code /api/v1/...}. */
    REST_API,
    CONSOLE,
    PORTAL,
    /** A CSV import (console page or {@code /api/v1/imports}), written by a batch job. */
    IMPORT,
    /** Work the server does on its own, outside any request. */
    SYSTEM
}
