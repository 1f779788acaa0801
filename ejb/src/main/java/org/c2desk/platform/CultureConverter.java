package org.c2desk.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Culture} as its code ("en-US", "fr-CA"), the form the schema checks. */
@Converter(autoApply = true)
public class CultureConverter implements AttributeConverter<Culture, String> {

    @Override
    public String convertToDatabaseColumn(Culture culture) {
        return culture == null ? null : culture.code();
    }

    @Override
    public Culture convertToEntityAttribute(String code) {
        return code == null ? null : Culture.ofCode(code);
    }
}
