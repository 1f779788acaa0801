package org.c2desk.platform;

import static org.c2desk.platform.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The opaque cursor of keyset paging: where the previous page ended (the sort key values of its last row, the id
 * last) and which list and sort it belongs to. Written as Base64url of a small JSON array,
 * {@code ["Ticket/LastModifiedOn/Desc", "2024-05-01T12:00:00.123456Z", "d2ec3037-..."]}, so it survives a URL or a
 * JSON string unchanged. It holds nothing secret: the values are the caller's own rows, and they are always bound as
 * parameters, never written into SQL.
 */
public final class PageCursor {

    /** A longer cursor is not one of ours. */
    static final int MAX_LENGTH = 2000;

    private PageCursor() {}

    /** The cursor for a page of {@code owner} (list/sort/direction) that ended on the row with these key values. */
    public static String encode(String owner, List<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder().add(owner);
        values.forEach(array::add);
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(array.build().toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The key values of a cursor made by {@link #encode} for the same owner, or a refusal of the field "Cursor": one
     * that does not decode, or that was made for another list, sort or direction.
     */
    public static List<String> decode(String cursor, String owner, int count) {
        List<String> parts = parts(cursor);
        if (parts == null || parts.isEmpty()) {
            throw unreadable();
        }
        if (!parts.get(0).equals(owner)) {
            String other = parts.get(0).length() > 60 ? parts.get(0).substring(0, 57) + "..." : parts.get(0);
            throw new ValidationException(
                    "Cursor",
                    "error.cursorOfAnotherSort",
                    "Cursor: this cursor belongs to another list or sort (" + other.replace('/', ' ') + "), not to "
                            + owner.replace('/', ' ') + "; send the Sort and Direction it came with, or no Cursor to"
                            + " start from the first page",
                    "Cursor",
                    other,
                    owner);
        }
        if (parts.size() != count + 1) {
            throw unreadable();
        }
        return parts.subList(1, parts.size());
    }

    /** The refusal of a cursor that is not one of ours (also used when a value inside it does not parse). */
    static ValidationException unreadable() {
        return new ValidationException(
                "Cursor",
                "error.badCursor",
                "Cursor: not a cursor of this list; send the NextCursor of the previous page unchanged, or no Cursor to"
                        + " start from the first page",
                "Cursor");
    }

    private static List<String> parts(String cursor) {
        if (cursor == null || cursor.isBlank() || cursor.length() > MAX_LENGTH) {
            return null;
        }
        try {
            String json = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            try (JsonReader reader = JSON.createReader(new StringReader(json))) {
                JsonValue value = reader.readValue();
                if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                    return null;
                }
                JsonArray array = value.asJsonArray();
                List<String> parts = new ArrayList<>(array.size());
                for (JsonValue item : array) {
                    if (item.getValueType() != JsonValue.ValueType.STRING) {
                        return null;
                    }
                    parts.add(((JsonString) item).getString());
                }
                return parts;
            }
        } catch (IllegalArgumentException | JsonException e) {
            return null;
        }
    }
}
