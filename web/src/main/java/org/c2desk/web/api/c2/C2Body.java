package org.c2desk.web.api.c2;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.c2desk.platform.ValidationException;

/**
 * One JSON object of a C2 API request (the body, or its {@code viewModel}), read field by field with a precise
 * refusal naming the field when a value has the wrong type: "QueueId: expected a GUID but got 12".
 */
public final class C2Body {

    /** The C2 API's own date format, {@code /Date(1530802445300)/}, optionally with an offset the instant ignores. */
    private static final Pattern MICROSOFT_DATE = Pattern.compile("/Date\\((-?\\d+)(?:[+-]\\d{4})?\\)/");

    /** The ISO-8601 forms a moment may take, tried in order: with an offset, without one (UTC), a date alone. */
    private static final List<DateParser> DATE_PARSERS = List.of(
            OffsetDateTime::parse,
            text -> LocalDateTime.parse(text).atOffset(ZoneOffset.UTC),
            text -> LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC));

    private interface DateParser {
        OffsetDateTime parse(String text);
    }

    private final JsonObject json;
    private final String path;

    public C2Body(JsonObject json, String path) {
        this.json = json;
        this.path = path;
    }

    public boolean has(String name) {
        return json.containsKey(name) && json.get(name).getValueType() != JsonValue.ValueType.NULL;
    }

    /** The first of the given spellings that is present (the C2 API accepts "username" and "UserName"). */
    public Optional<String> anyText(String... names) {
        for (String name : names) {
            if (has(name)) {
                return Optional.of(text(name));
            }
        }
        return Optional.empty();
    }

    public C2Body object(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw invalid(name, "an object", value);
        }
        return new C2Body(value.asJsonObject(), field(name));
    }

    /** Is the field there with the value {@code null} (not merely absent)? */
    public boolean isNull(String name) {
        return json.containsKey(name) && json.get(name).getValueType() == JsonValue.ValueType.NULL;
    }

    /** Refuses a field whose name is not one of {@code known}, so a misspelt filter is not silently ignored. */
    public void requireOnly(String... known) {
        List<String> names = Arrays.asList(known);
        for (String name : json.keySet()) {
            if (!names.contains(name)) {
                throw new ValidationException(
                        field(name),
                        "error.unknownField",
                        field(name) + ": unknown field; expected one of " + String.join(", ", known),
                        field(name));
            }
        }
    }

    public Optional<C2Body> optionalObject(String name) {
        return has(name) ? Optional.of(object(name)) : Optional.empty();
    }

    public String text(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> value.toString();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> throw invalid(name, "a text", value);
        };
    }

    public UUID uuid(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return guid(name, value);
    }

    /** A GUID written as a string; the empty GUID (the C2 API's "no value") and a blank string are null. */
    private UUID guid(String name, JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw invalid(name, "a GUID", value);
        }
        String text = ((JsonString) value).getString().trim();
        if (text.isEmpty() || text.equals(C2Json.EMPTY_GUID)) {
            return null; // the C2 API writes "no value" as the empty GUID
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "a GUID", value);
        }
    }

    /** A text of at most {@code maxLength} characters (null when absent). */
    public String text(String name, int maxLength) {
        String value = text(name);
        if (value != null && value.length() > maxLength) {
            throw new ValidationException(
                    field(name),
                    "error.tooLong",
                    field(name) + ": at most " + maxLength + " characters (got " + value.length() + ")",
                    field(name),
                    maxLength);
        }
        return value;
    }

    /**
     * A moment: ISO-8601 with an offset ({@code 2024-05-01T12:00:00Z}, {@code 2024-05-01T08:00:00-04:00}), without
     * one (taken as UTC), a date alone (its start, UTC), or the C2 API's own {@code /Date(ms)/}, so a date read from a
     * response can be sent back as it came.
     */
    public OffsetDateTime dateTime(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            String text = ((JsonString) value).getString().strip();
            Matcher microsoft = MICROSOFT_DATE.matcher(text);
            try {
                if (microsoft.matches()) {
                    return Instant.ofEpochMilli(Long.parseLong(microsoft.group(1)))
                            .atOffset(ZoneOffset.UTC);
                }
            } catch (NumberFormatException | DateTimeException e) {
                throw invalid(name, "an ISO-8601 date and time (2024-05-01T12:00:00Z) or /Date(ms)/", value);
            }
            for (DateParser parser : DATE_PARSERS) {
                try {
                    return parser.parse(text);
                } catch (DateTimeException e) {
                    // the next form, or the refusal
                }
            }
        }
        throw invalid(name, "an ISO-8601 date and time (2024-05-01T12:00:00Z) or /Date(ms)/", value);
    }

    public Boolean bool(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            String text = ((JsonString) value).getString().trim();
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(text);
            }
        }
        throw invalid(name, "true or false", value);
    }

    public Integer integer(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            if (value.getValueType() == JsonValue.ValueType.NUMBER) {
                return ((JsonNumber) value).intValueExact();
            }
            if (value.getValueType() == JsonValue.ValueType.STRING) {
                return Integer.parseInt(((JsonString) value).getString().trim());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // falls through to the refusal
        }
        throw invalid(name, "a whole number", value);
    }

    /** A list of {@code {"Id": "..."}} objects, the C2 API's way of naming clients, assignees, CIs... */
    public List<UUID> idList(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw invalid(name, "a list of {\"Id\": ...} objects", value);
        }
        List<UUID> ids = new ArrayList<>();
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw invalid(name + "[" + i + "]", "an object with an Id", item);
            }
            UUID id = new C2Body(item.asJsonObject(), field(name + "[" + i + "]")).uuid("Id");
            if (id == null) {
                throw new ValidationException(
                        field(name + "[" + i + "].Id"),
                        "error.required",
                        field(name + "[" + i + "].Id") + " is required");
            }
            ids.add(id);
        }
        return ids;
    }

    /**
     * A list of GUIDs, written either way the C2 API writes them: {@code ["...", "..."]} or
     * {@code [{"Id": "..."}, ...]}. Absent or null is an empty list.
     */
    public List<UUID> guids(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw invalid(name, "a list of GUIDs", value);
        }
        List<UUID> ids = new ArrayList<>();
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            String itemName = name + "[" + i + "]";
            UUID id;
            if (item.getValueType() == JsonValue.ValueType.OBJECT) {
                id = new C2Body(item.asJsonObject(), field(itemName)).requiredUuid("Id");
            } else if (item.getValueType() == JsonValue.ValueType.STRING) {
                id = guid(itemName, item);
                if (id == null) {
                    throw invalid(itemName, "a GUID", item);
                }
            } else {
                throw invalid(itemName, "a GUID or an object with an Id", item);
            }
            ids.add(id);
        }
        return ids;
    }

    public List<C2Body> objects(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw invalid(name, "a list", value);
        }
        List<C2Body> objects = new ArrayList<>();
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw invalid(name + "[" + i + "]", "an object", array.get(i));
            }
            objects.add(new C2Body(array.get(i).asJsonObject(), field(name + "[" + i + "]")));
        }
        return objects;
    }

    public String requiredText(String name) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            throw new ValidationException(field(name), "error.required", field(name) + " is required");
        }
        return value;
    }

    public UUID requiredUuid(String name) {
        UUID value = uuid(name);
        if (value == null) {
            throw new ValidationException(field(name), "error.required", field(name) + " is required");
        }
        return value;
    }

    private String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private ValidationException invalid(String name, String expected, JsonValue got) {
        String shown = got == null ? "nothing" : got.toString();
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "...";
        }
        return new ValidationException(
                field(name),
                "error.wrongType",
                field(name) + ": expected " + expected + " but got " + shown,
                field(name),
                expected,
                shown);
    }
}
