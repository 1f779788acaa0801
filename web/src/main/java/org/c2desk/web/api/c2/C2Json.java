package org.c2desk.web.api.c2;

import static org.c2desk.platform.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.Page;
import org.c2desk.security.Caller;

/** Writing the C2 API's JSON: the envelope, {@code /Date(ms)/} dates, GUIDs and nulls as the product writes them. */
public final class C2Json {

    public static final String EMPTY_GUID = "00000000-0000-0000-0000-000000000000";

    private C2Json() {
    }

    public static Response ok(JsonValue data) {
        return envelope(C2Status.OK, data, null);
    }

    public static Response refused(C2Status status, String message) {
        return envelope(status, JsonValue.NULL, message);
    }

    static Response envelope(C2Status status, JsonValue data, String message) {
        JsonObject body = JSON.createObjectBuilder()
                .add("Status", status.code())
                .add("Data", data == null ? JsonValue.NULL : data)
                .add("Message", message == null ? JsonValue.NULL : JSON.createValue(message))
                .add("Time", date(Instant.now()))
                .build();
        return Response.status(status.http()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).entity(body).build();
    }

    /** The Microsoft JSON date the C2 API uses: {@code /Date(1530802445300)/}. */
    public static String date(Instant instant) {
        return "/Date(" + instant.toEpochMilli() + ")/";
    }

    public static JsonValue date(OffsetDateTime time) {
        return time == null ? JsonValue.NULL : JSON.createValue(date(time.toInstant()));
    }

    public static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : JSON.createValue(value);
    }

    public static JsonValue id(UUID id) {
        return id == null ? JsonValue.NULL : JSON.createValue(id.toString());
    }

    public static JsonValue number(BigDecimal value) {
        return value == null ? JsonValue.NULL : JSON.createValue(value);
    }

    /**
     * A page of a List call: {@code {"Items": [...], "NextCursor": "..." or null, "PageSize": n}}. The cursor is null
     * on the last page.
     */
    public static <T> JsonObject page(Page<T> page, Function<T, ? extends JsonValue> item) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        page.items().forEach(row -> items.add(item.apply(row)));
        return JSON.createObjectBuilder()
                .add("Items", items)
                .add("NextCursor", text(page.nextCursor()))
                .add("PageSize", page.pageSize())
                .build();
    }

    /** A name in the caller's language (English when the caller has none); null stays null. */
    public static JsonValue name(LocalizedText text, Locale locale) {
        return text == null ? JsonValue.NULL : JSON.createValue(text.in(locale));
    }

    /** The language a List call writes names in: the caller's. */
    public static Locale languageOf(Caller caller) {
        return caller.culture() == null ? Locale.ENGLISH : caller.culture().locale();
    }

    /** Adds {@code name: value} where value may be null. */
    public static JsonObjectBuilder put(JsonObjectBuilder builder, String name, JsonValue value) {
        return builder.add(name, value == null ? JsonValue.NULL : value);
    }
}
