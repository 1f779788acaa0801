package org.c2desk.imports;

/** What an import row is matched on, so that a re-run updates instead of duplicating. */
public enum UpsertKey {
    /** Clients: the e-mail address, whatever its case; refused for a row whose address several clients share. */
    EMAIL("EmailAddress", ImportRun.Kind.CLIENT),
    /** Clients: the portal user name, whatever its case (unique among clients). */
    USER_NAME("UserName", ImportRun.Kind.CLIENT),
    /** Clients and CIs: the external id (unique among clients, among CIs). */
    EXTERNAL_ID("ExternalId", null),
    /**
     * CIs: the English name, whatever its case, within the row's folder; refused for a row whose name several CIs of
     * the folder share.
     */
    NAME_IN_FOLDER("EnglishName", ImportRun.Kind.CI);

    private final String column;
    private final ImportRun.Kind kind;

    UpsertKey(String column, ImportRun.Kind kind) {
        this.column = column;
        this.kind = kind;
    }

    /** The template column that holds the key. */
    public String column() {
        return column;
    }

    /** May rows of that kind of import be matched on this key? */
    public boolean fits(ImportRun.Kind importKind) {
        return kind == null || kind == importKind;
    }
}
