package org.c2desk.customfield;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link FieldType} as its stable code in the smallint {@code field_definition.field_type}. */
@Converter(autoApply = true)
public class FieldTypeConverter implements AttributeConverter<FieldType, Short> {

    @Override
    public Short convertToDatabaseColumn(FieldType type) {
        return type == null ? null : (short) type.code();
    }

    @Override
    public FieldType convertToEntityAttribute(Short code) {
        return code == null ? null : FieldType.ofCode(code);
    }
}
