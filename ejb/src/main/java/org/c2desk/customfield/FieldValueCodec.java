package org.c2desk.customfield;

import static org.c2desk.platform.Jsonp.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.c2desk.platform.ValidationException;

/**
 * Converts custom field values between the strings the C2 API, forms and CSV imports carry and {@link TypedValue}s,
 * checking them against their definition. Plain Java, no container: whether a referenced client or resource exists,
 * whether a field is required or read-only, is for {@link CustomFields} to check.
 *
 * <p>Accepted input, per type (surrounding blanks are ignored except in texts; null or blank means "no value"):
 * <ul>
 * <li>TEXT, MULTILINE_TEXT: any text, at most {@code max_length} characters when the definition sets one;</li>
 * <li>DECIMAL: {@code [+-]digits[.digits]} with a point, at most {@code DecimalPlaces} decimals (from the options,
 * e.g. {@code {"DecimalPlaces":2}}; 6 when unset, the column's scale) and 18 digits before the point;</li>
 * <li>INTEGER: {@code [+-]digits} within a {@code long};</li>
 * <li>DATETIME: ISO-8601 with an offset or Z ({@code 2018-07-05T04:00:00.000Z}), kept in UTC;</li>
 * <li>DATE: {@code yyyy-MM-dd};</li>
 * <li>CHECKBOX: true/false in any case, or 1/0;</li>
 * <li>CLIENT, RESOURCE: a UUID (8-4-4-4-12 hex digits);</li>
 * <li>LIST: the value of one of the list's active items (exact match), or that item's id.</li>
 * </ul>
 *
 * <p>Output: {@link #format} gives the API's "Value" and {@link #display} its "DisplayName", as the C2
 * documentation shows them.
 */
public class FieldValueCodec {

    /** The scale of {@code field_value.decimal_value} (numeric(24,6)). */
    public static final int MAX_DECIMAL_PLACES = 6;
    /** The digits {@code numeric(24,6)} leaves before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 18;

    static final String DECIMAL_PLACES_OPTION = "DecimalPlaces";

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern UUID_TEXT =
            Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    /** The API's "Value" of a date-time: always UTC, 7 fraction digits (.NET's round-trip format). */
    private static final DateTimeFormatter API_DATETIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSS'Z'");
    /** The API's "DisplayName" of a date-time, US style as the C2 documentation shows it. */
    private static final DateTimeFormatter DISPLAY_DATETIME =
            DateTimeFormatter.ofPattern("M/d/uuuu h:mm:ss a", Locale.US);

    private static final DateTimeFormatter API_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private static final int LISTED_VALUES = 20;

    // ---------------------------------------------------------------------------------------------------- parse

    /**
     * The typed value of {@code raw}, null when {@code raw} is null or blank (no value).
     *
     * @throws ValidationException naming the field (its English name) when {@code raw} does not fit the definition
     */
    public TypedValue parse(FieldDefinition def, String raw) {
        Objects.requireNonNull(def, "def");
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String field = def.getName().english();
        String trimmed = raw.strip();
        return switch (def.getFieldType()) {
            case TEXT, MULTILINE_TEXT -> parseText(def, field, raw);
            case DECIMAL -> parseDecimal(def, field, trimmed);
            case INTEGER -> parseInteger(field, trimmed);
            case DATETIME -> parseDatetime(field, trimmed);
            case DATE -> parseDate(field, trimmed);
            case CHECKBOX -> parseCheckbox(field, trimmed);
            case CLIENT -> new TypedValue.Reference(parseId(field, trimmed, "client"));
            case RESOURCE -> new TypedValue.Reference(parseId(field, trimmed, "resource"));
            case LIST -> parseListItem(def, field, trimmed);
        };
    }

    private static TypedValue parseText(FieldDefinition def, String field, String raw) {
        Integer max = def.getMaxLength();
        if (max != null && max > 0) {
            int length = raw.codePointCount(0, raw.length());
            if (length > max) {
                throw new ValidationException(
                        field,
                        "error.customField.tooLong",
                        field + ": at most " + max + " characters (got " + length + ")",
                        field,
                        max,
                        length);
            }
        }
        return new TypedValue.Text(raw);
    }

    private static TypedValue parseDecimal(FieldDefinition def, String field, String raw) {
        if (!DECIMAL.matcher(raw).matches()) {
            throw new ValidationException(
                    field,
                    "error.customField.notDecimal",
                    field + ": \"" + raw + "\" is not a decimal number",
                    field,
                    raw);
        }
        BigDecimal value = new BigDecimal(raw);
        int places = decimalPlaces(def);
        BigDecimal significant = value.stripTrailingZeros();
        if (significant.scale() > places) {
            throw new ValidationException(
                    field,
                    "error.customField.tooManyDecimals",
                    field + ": at most " + places + " decimal places (got " + raw + ")",
                    field,
                    places,
                    raw);
        }
        if (significant.precision() - significant.scale() > MAX_INTEGER_DIGITS) {
            throw new ValidationException(
                    field,
                    "error.customField.tooManyDigits",
                    field + ": at most " + MAX_INTEGER_DIGITS + " digits before the decimal point (got " + raw + ")",
                    field,
                    MAX_INTEGER_DIGITS,
                    raw);
        }
        return new TypedValue.Decimal(value);
    }

    private static TypedValue parseInteger(String field, String raw) {
        if (INTEGER.matcher(raw).matches()) {
            try {
                return new TypedValue.Int(Long.parseLong(raw));
            } catch (NumberFormatException tooLarge) {
                throw new ValidationException(
                        field,
                        "error.customField.integerTooLarge",
                        field + ": \"" + raw + "\" is too large (from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE
                                + ")",
                        field,
                        raw);
            }
        }
        throw new ValidationException(
                field, "error.customField.notInteger", field + ": \"" + raw + "\" is not a whole number", field, raw);
    }

    private static TypedValue parseDatetime(String field, String raw) {
        try {
            return new TypedValue.DateTime(OffsetDateTime.parse(raw, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException e) {
            throw new ValidationException(
                    field,
                    "error.customField.notDatetime",
                    field + ": \"" + raw + "\" is not an ISO-8601 date and time (e.g. 2018-07-05T04:00:00.000Z)",
                    field,
                    raw);
        }
    }

    private static TypedValue parseDate(String field, String raw) {
        try {
            return new TypedValue.Date(LocalDate.parse(raw, API_DATE));
        } catch (DateTimeParseException e) {
            throw new ValidationException(
                    field,
                    "error.customField.notDate",
                    field + ": \"" + raw + "\" is not a date in the form yyyy-MM-dd (e.g. 2018-07-05)",
                    field,
                    raw);
        }
    }

    private static TypedValue parseCheckbox(String field, String raw) {
        if ("true".equalsIgnoreCase(raw) || "1".equals(raw)) {
            return new TypedValue.Bool(true);
        }
        if ("false".equalsIgnoreCase(raw) || "0".equals(raw)) {
            return new TypedValue.Bool(false);
        }
        throw new ValidationException(
                field,
                "error.customField.notCheckbox",
                field + ": \"" + raw + "\" is not a checkbox value (true, false, 1 or 0)",
                field,
                raw);
    }

    private static UUID parseId(String field, String raw, String what) {
        if (!UUID_TEXT.matcher(raw).matches()) {
            throw new ValidationException(
                    field,
                    "error.customField.notId",
                    field + ": \"" + raw + "\" is not a " + what + " id (a UUID)",
                    field,
                    raw,
                    what);
        }
        return UUID.fromString(raw);
    }

    private static TypedValue parseListItem(FieldDefinition def, String field, String raw) {
        List<FieldListItem> active = def.getList().getItems().stream()
                .filter(FieldListItem::isActive)
                .toList();
        for (FieldListItem item : active) {
            if (item.getValue().equals(raw)) {
                return new TypedValue.Reference(item.getId());
            }
        }
        if (UUID_TEXT.matcher(raw).matches()) {
            UUID id = UUID.fromString(raw);
            for (FieldListItem item : active) {
                if (item.getId().equals(id)) {
                    return new TypedValue.Reference(id);
                }
            }
        }
        String choices = active.stream()
                        .limit(LISTED_VALUES)
                        .map(FieldListItem::getValue)
                        .collect(Collectors.joining(", "))
                + (active.size() > LISTED_VALUES ? ", ..." : "");
        throw new ValidationException(
                field,
                "error.customField.notInList",
                field + ": \"" + raw + "\" is not one of the list's values (" + choices + ")",
                field,
                raw,
                choices);
    }

    /**
     * The decimals a DECIMAL field accepts: the options' {@code DecimalPlaces}, at most {@link #MAX_DECIMAL_PLACES}
     * (the column's scale), which is also the answer when the options do not say.
     *
     * @throws IllegalStateException when the options are not a JSON object or DecimalPlaces is not a whole number
     *         from 0 (a definition set up wrongly, not a caller's mistake)
     */
    public static int decimalPlaces(FieldDefinition def) {
        JsonValue places = options(def).get(DECIMAL_PLACES_OPTION);
        if (places == null || places.getValueType() == JsonValue.ValueType.NULL) {
            return MAX_DECIMAL_PLACES;
        }
        int count;
        try {
            if (places instanceof JsonNumber number) {
                count = number.intValueExact();
            } else if (places instanceof JsonString text) {
                count = Integer.parseInt(text.getString().strip());
            } else {
                throw new NumberFormatException(places.toString());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalStateException(
                    "Custom field " + def.getSequenceNumber() + " (" + def.getName()
                            + "): DecimalPlaces is not a whole number: " + places,
                    e);
        }
        if (count < 0) {
            throw new IllegalStateException("Custom field " + def.getSequenceNumber() + " (" + def.getName()
                    + "): DecimalPlaces is negative: " + count);
        }
        return Math.min(count, MAX_DECIMAL_PLACES);
    }

    /**
     * The definition's options written compactly ({@code {"DecimalPlaces":2}}, as the C2 API shows them, where the
     * jsonb column answers {@code {"DecimalPlaces": 2}}); null when it has none, as stored when they are not JSON.
     */
    public static String compactOptions(FieldDefinition def) {
        String options = def.getOptions();
        if (options == null || options.isBlank()) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(options))) {
            return reader.readValue().toString();
        } catch (JsonException | IllegalStateException e) {
            return options;
        }
    }

    /** The definition's options as a JSON object; empty when it has none. */
    static JsonObject options(FieldDefinition def) {
        String options = def.getOptions();
        if (options == null || options.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(options))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalStateException(
                    "Custom field " + def.getSequenceNumber() + " (" + def.getName()
                            + "): its options are not a JSON object: " + options,
                    e);
        }
    }

    // --------------------------------------------------------------------------------------------------- format

    /**
     * The C2 API's "Value": "True"/"False" (an unset checkbox is "False"), decimals with 6 places
     * ({@code 123.450000}), date-times in UTC with 7 fraction digits ({@code 2018-07-04T04:00:00.0000000Z}), dates
     * {@code yyyy-MM-dd}, integers plain, clients and resources as their id, list choices as the item's value,
     * texts as they are; null when there is no value.
     */
    public String format(FieldDefinition def, TypedValue value) {
        if (value == null) {
            return def.getFieldType() == FieldType.CHECKBOX ? "False" : null;
        }
        if (value instanceof TypedValue.Text text) {
            return text.value();
        }
        if (value instanceof TypedValue.Decimal decimal) {
            return decimal.value()
                    .setScale(MAX_DECIMAL_PLACES, RoundingMode.HALF_UP)
                    .toPlainString();
        }
        if (value instanceof TypedValue.Int integer) {
            return Long.toString(integer.value());
        }
        if (value instanceof TypedValue.DateTime dateTime) {
            return API_DATETIME.format(dateTime.value().withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (value instanceof TypedValue.Date date) {
            return API_DATE.format(date.value());
        }
        if (value instanceof TypedValue.Bool bool) {
            return bool.value() ? "True" : "False";
        }
        TypedValue.Reference reference = (TypedValue.Reference) value;
        if (def.getFieldType() == FieldType.LIST) {
            FieldListItem item = item(def, reference.id());
            return item == null ? reference.id().toString() : item.getValue();
        }
        return reference.id().toString();
    }

    /** {@link #display(FieldDefinition, TypedValue, ZoneId, Locale)} in UTC and English. */
    public String display(FieldDefinition def, TypedValue value) {
        return display(def, value, ZoneOffset.UTC, Locale.ENGLISH);
    }

    /**
     * The C2 API's "DisplayName": as {@link #format} except date-times, written US style ({@code M/d/yyyy h:mm:ss a},
     * e.g. {@code 7/4/2018 12:00:00 AM}) in {@code zone}, and list choices, shown as the item's text in the language
     * of {@code locale}. Null for clients and resources: the service fills in the person's name.
     */
    public String display(FieldDefinition def, TypedValue value, ZoneId zone, Locale locale) {
        FieldType type = def.getFieldType();
        if (type == FieldType.CLIENT || type == FieldType.RESOURCE) {
            return null;
        }
        if (value instanceof TypedValue.DateTime dateTime) {
            return DISPLAY_DATETIME.format(dateTime.value().atZoneSameInstant(zone));
        }
        if (value instanceof TypedValue.Reference reference && type == FieldType.LIST) {
            FieldListItem item = item(def, reference.id());
            return item == null ? reference.id().toString() : item.getText().in(locale);
        }
        return format(def, value);
    }

    /** The list item with that id, active or not (a value chosen before the item was retired still shows). */
    private static FieldListItem item(FieldDefinition def, UUID id) {
        if (def.getList() == null) {
            return null;
        }
        for (FieldListItem item : def.getList().getItems()) {
            if (item.getId().equals(id)) {
                return item;
            }
        }
        return null;
    }
}
