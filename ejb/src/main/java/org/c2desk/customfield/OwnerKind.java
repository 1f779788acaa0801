package org.c2desk.customfield;

/** The kind of object a custom field value or an attachment belongs to; the owner id points into that table. */
public enum OwnerKind {
    TICKET,
    CLIENT,
    CI
}
