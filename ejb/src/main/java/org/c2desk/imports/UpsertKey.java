package org.c2desk.imports;

/** What a client import row is matched on, so that a re-run updates instead of duplicating. */
public enum UpsertKey {
    /** The e-mail address, whatever its case; refused for a row whose address several clients share. */
    EMAIL("EmailAddress"),
    /** The portal user name, whatever its case (unique among clients). */
    USER_NAME("UserName"),
    /** The external id (unique among clients). */
    EXTERNAL_ID("ExternalId");

    private final String column;

    UpsertKey(String column) {
        this.column = column;
    }

    /** The template column that holds the key. */
    public String column() {
        return column;
    }
}
