package org.c2desk.web.api.v1;

import jakarta.ws.rs.NotFoundException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Query, path and header values, each refused with its name when wrong. */
final class Params {

    static final int DEFAULT_LIMIT = 50;

    private Params() {}

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, name + ": '" + value + "' is not a UUID");
        }
    }

    /** A path id that is not a UUID names nothing: 404, as for an unknown id. */
    static UUID pathUuid(String value) {
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }

    static OffsetDateTime dateTime(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    name,
                    name + ": '" + value
                            + "' is not an ISO-8601 date and time with offset, such as 2025-07-01T00:00:00Z");
        }
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw new InvalidInputException(name, name + ": '" + value + "' is not true or false");
    }

    /** The longest {@code q} a list searches for. */
    static final int MAX_SEARCH_TEXT = 200;

    /** A list's free-text search {@code q}, refused when longer than {@link #MAX_SEARCH_TEXT}. */
    static String searchText(String q) {
        if (q != null && q.length() > MAX_SEARCH_TEXT) {
            throw new InvalidInputException("q", "q: at most " + MAX_SEARCH_TEXT + " characters");
        }
        return q;
    }

    /** A list's sort direction, or null for the sort's own. */
    static org.c2desk.platform.SortDirection direction(String value) {
        return value == null || value.isBlank() ? null : org.c2desk.platform.SortDirection.named(value);
    }

    static int limit(String value, int max) {
        if (value == null || value.isBlank()) {
            return Math.min(DEFAULT_LIMIT, max);
        }
        if (value.trim().matches("\\d{1,9}")) {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        }
        throw new InvalidInputException("limit", "limit: '" + value + "' is not a whole number from 1 to " + max);
    }

    /**
     * A service refusal with its field as this API names it ({@code names}: the service's name to the API's), the
     * message's leading field name renamed too; a field not in {@code names} is left as it is.
     */
    static org.c2desk.platform.ValidationException renamed(
            org.c2desk.platform.ValidationException e, java.util.Map<String, String> names) {
        String v1 = e.field() == null ? null : names.get(e.field());
        return v1 == null ? e : e.renamed(v1);
    }

    /** The names of list refusals (sort, direction, cursor, page size) as the query parameters name them. */
    static final java.util.Map<String, String> LIST_NAMES =
            java.util.Map.of("Sort", "sort", "Direction", "direction", "Cursor", "cursor", "PageSize", "limit");

    /** The file name of a Content-Disposition header ({@code filename*=UTF-8''...} preferred), or null. */
    static String fileName(String disposition) {
        if (disposition == null) {
            return null;
        }
        String star = parameter(disposition, "filename*");
        if (star != null) {
            int quote = star.indexOf("''");
            if (quote >= 0) {
                try {
                    return URLDecoder.decode(star.substring(quote + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    // fall back to filename
                }
            }
        }
        String plain = parameter(disposition, "filename");
        return plain == null || plain.isBlank() ? null : plain;
    }

    /**
     * A header value read as ISO-8859-1 that holds UTF-8 bytes (browsers send a form's file name that way), decoded as
     * UTF-8; any other text as it is.
     */
    static String utf8(String text) {
        if (text == null || text.chars().allMatch(c -> c < 0x80) || text.chars().anyMatch(c -> c > 0xFF)) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return text;
        }
    }

    private static String parameter(String header, String name) {
        for (String part : header.split(";", -1)) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase(name)) {
                String value = p.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1).replace("\\\"", "\"");
                }
                return value;
            }
        }
        return null;
    }
}
