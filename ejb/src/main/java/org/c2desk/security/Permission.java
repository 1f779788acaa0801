package org.c2desk.security;

/** A feature right a security group grants its members; stored by name in {@code group_permission}. */
public enum Permission {
    /** Open new tickets from the console. */
    TICKET_CREATE,
    /** Change tickets: fields, status, assignees, communications. */
    TICKET_EDIT,
    /** Create clients. */
    CLIENT_CREATE,
    /** Change clients, their enterprises and portal access. */
    CLIENT_EDIT,
    /** Create configuration items. */
    CI_CREATE,
    /** Change configuration items and their relations. */
    CI_EDIT,
    /** Maintain the service catalogue: catalogues, categories, services, request forms and tasks. */
    CATALOG_ADMIN,
    /** Run bulk imports of clients, CIs and tickets. */
    IMPORT,
    /** Administer the desk: resources, groups, settings and reference lists. */
    ADMINISTER
}
