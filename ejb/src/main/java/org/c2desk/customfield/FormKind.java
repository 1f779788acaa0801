package org.c2desk.customfield;

/** The kind of form a field section is laid out on: a request form (tickets), the client form or a CI type's form. */
public enum FormKind {
    REQUEST,
    CLIENT,
    CI
}
