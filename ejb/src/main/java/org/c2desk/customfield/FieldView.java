package org.c2desk.customfield;

import java.util.UUID;

/**
 * One cell of a form with the value its owner holds there: what the C2 API lists in {@code CustomFields.Fields}
 * and a form shows. Built by {@link CustomFields#read}.
 *
 * @param id the stored {@link FieldValue}'s id; null when the owner has no row for this field yet
 * @param order the cell's index in the form (sections, rows, cells in order), from 0
 * @param cellId the {@link FieldCell}
 * @param sectionId the {@link FieldSection} holding the cell (the API's FieldSectionId)
 * @param definitionId the {@link FieldDefinition}
 * @param definitionType the {@link FieldType#code()} (the API's DefinitionType)
 * @param definitionSequenceNumber what the UpdateProperty API's CustomFieldSequenceNumber names
 * @param englishName the definition's name
 * @param frenchName the definition's name
 * @param englishDescription may be null
 * @param frenchDescription may be null
 * @param options the definition's options, a JSON document written compactly ({@code {"DecimalPlaces":2}}), or null
 * @param listId the {@link FieldList} of a LIST field, else null
 * @param maxLength may be null
 * @param inputMask may be null
 * @param nbLinesHeight may be null
 * @param required whether the field must be filled on this form (the cell's override winning)
 * @param readOnly whether the field is read-only on this form (the cell's override winning)
 * @param readOnlyIfHasValue the definition's flag
 * @param secured the definition's flag
 * @param encrypted the definition's flag
 * @param htmlSupport the definition's flag
 * @param active the definition's flag
 * @param portalVisible the cell's flag
 * @param value the API's "Value" (see {@link FieldValueCodec#format}); null for no value, "False" for an unset
 *        checkbox
 * @param displayName the API's "DisplayName" (see {@link FieldValueCodec#display}); a client's or resource's full
 *        name
 * @param decimalPlaces how many decimals a decimal field keeps (its DecimalPlaces option), 0 for an integer field
 */
public record FieldView(
        UUID id,
        int order,
        UUID cellId,
        UUID sectionId,
        UUID definitionId,
        int definitionType,
        long definitionSequenceNumber,
        String englishName,
        String frenchName,
        String englishDescription,
        String frenchDescription,
        String options,
        UUID listId,
        Integer maxLength,
        String inputMask,
        Integer nbLinesHeight,
        boolean required,
        boolean readOnly,
        boolean readOnlyIfHasValue,
        boolean secured,
        boolean encrypted,
        boolean htmlSupport,
        boolean active,
        boolean portalVisible,
        String value,
        String displayName,
        int decimalPlaces) {

    public FieldType type() {
        return FieldType.ofCode(definitionType);
    }
}
