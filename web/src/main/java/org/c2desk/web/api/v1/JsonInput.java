package org.c2desk.web.api.v1;

import static org.c2desk.platform.Jsonp.JSON;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A JSON request body read field by field, so that a wrong type is refused with the field's name ({@code summary:
 * expected a string, got a number}) rather than a parser's message. JSON-B writes the answers; reading this way is
 * what lets every refusal name its field.
 */
final class JsonInput {

    private final JsonObject object;
    private final String prefix;

    private JsonInput(JsonObject object, String prefix) {
        this.object = object;
        this.prefix = prefix;
    }

    static JsonInput parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(null, "The body is empty: send a JSON object");
        }
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException(null, "The body must be a JSON object, not " + kind(value));
            }
            return new JsonInput(value.asJsonObject(), "");
        }
    }

    /**
     * A nested object member (such as {@code "name": {"en": ..., "fr": ...}}) read the same way, its refusals naming
     * {@code name.member}; null when absent or null.
     */
    JsonInput object(String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw wrongType(name, "an object", value);
        }
        return new JsonInput(value.asJsonObject(), prefix + name + ".");
    }

    JsonObject raw() {
        return object;
    }

    boolean has(String name) {
        return object.containsKey(name);
    }

    /** Refuses members not in {@code known}, naming the first. */
    void onlyKnown(java.util.Collection<String> known) {
        for (String name : object.keySet()) {
            if (!known.contains(name)) {
                throw new InvalidInputException(
                        prefix + name,
                        prefix + name + ": not a field that can be sent here;" + " known: " + String.join(", ", known));
            }
        }
    }

    String text(String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw wrongType(name, "a string", value);
    }

    String requiredText(String name) {
        String text = text(name);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(prefix + name, prefix + name + " is required");
        }
        return text;
    }

    UUID uuid(String name) {
        String text = text(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(prefix + name, prefix + name + ": '" + text + "' is not a UUID");
        }
    }

    UUID requiredUuid(String name) {
        UUID id = uuid(name);
        if (id == null) {
            throw new InvalidInputException(prefix + name, prefix + name + " is required (a UUID)");
        }
        return id;
    }

    OffsetDateTime dateTime(String name) {
        String text = text(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    prefix + name,
                    prefix + name + ": '" + text
                            + "' is not an ISO-8601 date and time with offset, such as 2025-07-05T14:00:00Z");
        }
    }

    Boolean bool(String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw wrongType(name, "true or false", value);
    }

    List<UUID> uuids(String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw wrongType(name, "an array of UUIDs", value);
        }
        List<UUID> ids = new ArrayList<>();
        int i = 0;
        for (JsonValue item : value.asJsonArray()) {
            String field = prefix + name + "[" + i++ + "]";
            if (!(item instanceof JsonString s)) {
                throw new InvalidInputException(field, field + ": expected a UUID string, got " + kind(item));
            }
            try {
                ids.add(UUID.fromString(s.getString().trim()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(field, field + ": '" + s.getString() + "' is not a UUID");
            }
        }
        return ids;
    }

    /**
     * The {@code customFields} object: values by a definition's sequence number or id. A value may be a string, a
     * number, a boolean or null (clears the field); it is passed on as text, and the field's own rules check it.
     */
    Map<String, String> customFields(String name) {
        JsonValue value = object.get(name);
        Map<String, String> values = new LinkedHashMap<>();
        if (value == null || value == JsonValue.NULL) {
            return values;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw wrongType(name, "an object of values keyed by sequence number or definition id", value);
        }
        for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
            String field = prefix + name + "." + entry.getKey();
            JsonValue v = entry.getValue();
            switch (v.getValueType()) {
                case NULL -> values.put(entry.getKey(), null);
                case STRING -> values.put(entry.getKey(), ((JsonString) v).getString());
                case NUMBER ->
                    values.put(
                            entry.getKey(), ((JsonNumber) v).bigDecimalValue().toPlainString());
                case TRUE -> values.put(entry.getKey(), "True");
                case FALSE -> values.put(entry.getKey(), "False");
                default ->
                    throw new InvalidInputException(
                            field, field + ": expected a string, number, boolean or" + " null, got " + kind(v));
            }
        }
        return values;
    }

    private InvalidInputException wrongType(String name, String expected, JsonValue value) {
        return new InvalidInputException(
                prefix + name, prefix + name + ": expected " + expected + ", got " + kind(value));
    }

    static String kind(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
        };
    }
}
