package org.c2desk.web.api.c2;

import static org.c2desk.platform.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.c2desk.platform.ValidationException;

/** Reading a C2 API request body: JSON, one object, possibly empty when the credentials are in the query. */
final class C2Call {

    private C2Call() {}

    static C2Body body(String text) {
        if (text == null || text.isBlank()) {
            return new C2Body(JsonValue.EMPTY_JSON_OBJECT, "");
        }
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ValidationException("body", "error.wrongType", "The body must be a JSON object");
            }
            return new C2Body((JsonObject) value, "");
        }
    }
}
