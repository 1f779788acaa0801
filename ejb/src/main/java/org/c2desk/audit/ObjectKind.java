package org.c2desk.audit;

/** The kinds of object the audit trail records; stored by name, so a new kind needs no schema change. */
public enum ObjectKind {
    TICKET,
    CLIENT,
    CI,
    /** A resource (agent): its API tokens' creation and revocation. */
    RESOURCE
}
