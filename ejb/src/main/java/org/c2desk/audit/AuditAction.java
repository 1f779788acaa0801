package org.c2desk.audit;

/** What happened to the object. */
public enum AuditAction {
    CREATED,
    UPDATED,
    DELETED,
    RELATED,
    UNRELATED,
    COMMUNICATION_ADDED,
    ATTACHMENT_ADDED,
    RATED,
    TOKEN_CREATED,
    TOKEN_REVOKED
}
