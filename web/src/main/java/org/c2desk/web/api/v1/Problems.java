package org.c2desk.web.api.v1;

import static org.c2desk.platform.Jsonp.JSON;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Refusals as RFC 9457 problem details ({@code application/problem+json}): {@code type}, {@code title},
 * {@code status}, {@code detail}, and where useful {@code field} (the JSON field or query parameter at fault),
 * {@code currentETag} (a 412) or {@code incident} (a 500, to quote to support). Never a stack trace.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    static final String TYPE_BASE = "https://c2desk.org/problems/";

    private Problems() {}

    public static Response.ResponseBuilder builder(int status, String type, String title, String detail) {
        return builder(status, type, title, detail, null);
    }

    /** A problem response; {@code extra} may add members (field, currentETag...). */
    public static Response.ResponseBuilder builder(
            int status,
            String type,
            String title,
            String detail,
            java.util.function.Consumer<JsonObjectBuilder> extra) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", TYPE_BASE + type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (extra != null) {
            extra.accept(body);
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString());
    }

    public static Response invalid(String field, String detail) {
        return builder(400, "invalid-value", "Invalid value", detail, b -> {
                    if (field != null) {
                        b.add("field", field);
                    }
                })
                .build();
    }

    public static Response unauthorized(String detail) {
        return builder(401, "unauthorized", "Authentication required", detail)
                .header("WWW-Authenticate", "Bearer realm=\"C2 Desk\"")
                .header("WWW-Authenticate", "Basic realm=\"C2 Desk\", charset=\"UTF-8\"")
                .build();
    }
}
