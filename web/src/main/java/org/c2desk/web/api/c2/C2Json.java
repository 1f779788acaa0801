package org.c2desk.web.api.c2;

import static org.c2desk.platform.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.Page;
import org.c2desk.security.Caller;

/** Writing the C2 API's JSON: the envelope, {@code /Date(ms)/} dates, GUIDs and nulls as the product writes them. */
public final class C2Json {

    public static final String EMPTY_GUID = "00000000-0000-0000-0000-000000000000";

    private static final JsonGeneratorFactory GENERATORS = JSON.createGeneratorFactory(Map.of());

    private C2Json() {}

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
        return Response.status(status.http())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
                .entity(body)
                .build();
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

    /**
     * {@code ok(page(page, ...))}, the same bytes, written straight to the response: each item's members are written
     * by {@code item} as the page is sent, with no JSON tree built first. For the busiest list (Ticket/List), where
     * building the tree of fifty items cost as much as writing it.
     */
    public static <T> Response okPage(Page<T> page, BiConsumer<JsonGenerator, T> item) {
        String time = date(Instant.now());
        StreamingOutput body = out -> {
            try (JsonGenerator json = GENERATORS.createGenerator(out, StandardCharsets.UTF_8)) {
                json.writeStartObject()
                        .write("Status", C2Status.OK.code())
                        .writeStartObject("Data")
                        .writeStartArray("Items");
                for (T row : page.items()) {
                    json.writeStartObject();
                    item.accept(json, row);
                    json.writeEnd();
                }
                json.writeEnd();
                write(json, "NextCursor", page.nextCursor());
                json.write("PageSize", page.pageSize())
                        .writeEnd()
                        .writeNull("Message")
                        .write("Time", time)
                        .writeEnd();
            }
        };
        return Response.status(C2Status.OK.http())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
                .entity(body)
                .build();
    }

    /** Writes {@code name: value}, or {@code name: null}. */
    public static void write(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }
}
