package org.c2desk.audit;

import java.io.Serializable;

/**
 * One field's value before and after a change, as text (null: no value). {@code field} is the API's name of a system
 * field ({@code Summary}, {@code StatusId}...) or {@code CustomField<sequence number>} for a custom field, whose
 * English name is then {@code label} (null for system fields).
 */
public record FieldChange(String field, String label, String before, String after) implements Serializable {

    public static FieldChange of(String field, String before, String after) {
        return new FieldChange(field, null, before, after);
    }

    /** The key a custom field is recorded under. */
    public static String customField(long sequenceNumber) {
        return "CustomField" + sequenceNumber;
    }
}
