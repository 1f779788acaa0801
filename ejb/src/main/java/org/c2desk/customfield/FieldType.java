package org.c2desk.customfield;

/** The type of a custom field, with the code the C2 API's DefinitionType uses and the schema stores. */
public enum FieldType {
    TEXT(0),
    DECIMAL(1),
    INTEGER(2),
    DATETIME(3),
    DATE(4),
    MULTILINE_TEXT(5),
    CLIENT(6),
    RESOURCE(7),
    CHECKBOX(8),
    LIST(9);

    private final int code;

    FieldType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static FieldType ofCode(int code) {
        for (FieldType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown field type code " + code + ": expected 0 to 9");
    }
}
