package org.c2desk.imports;

import java.util.UUID;
import org.c2desk.customfield.FieldDefinition;

/**
 * A custom field as an import column: its definition, the section of the owner's form it is placed in, whether it
 * is required there. Clients have one form; a CI's form depends on its type, so a CI field may have one such column
 * per type.
 */
public record CustomColumn(FieldDefinition definition, UUID sectionId, boolean required) {

    /** "CF:" and the definition's sequence number, the column name that never changes. */
    public String sequenceColumn() {
        return "CF:" + definition.getSequenceNumber();
    }

    public String englishName() {
        return definition.getName().english();
    }
}
