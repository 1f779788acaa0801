package org.c2desk.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * For basic {@code UUID} attributes whose column may be null (not ids, not foreign keys): EclipseLink 4.0's built-in
 * UUID conversion fails on null (IllegalArgumentException on write, NullPointerException on read; fixed only in
 * later EclipseLink releases). Apply it with {@code @Convert(converter = NullableUuidConverter.class)}.
 *
 * <p>Hands the {@code UUID} itself to the driver, which binds it as {@code uuid}; reads whatever the driver returns
 * (a {@code UUID} from PostgreSQL, text from elsewhere).
 */
@Converter(autoApply = false)
public class NullableUuidConverter implements AttributeConverter<UUID, Object> {

    @Override
    public Object convertToDatabaseColumn(UUID value) {
        return value;
    }

    @Override
    public UUID convertToEntityAttribute(Object value) {
        if (value == null || value instanceof UUID) {
            return (UUID) value;
        }
        return UUID.fromString(value.toString());
    }
}
