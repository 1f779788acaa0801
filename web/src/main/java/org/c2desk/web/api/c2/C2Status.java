package org.c2desk.web.api.c2;

import jakarta.ws.rs.core.Response;

/** The envelope's {@code Status}: 0 for success, a code per kind of refusal, with the matching HTTP status. */
public enum C2Status {
    OK(0, Response.Status.OK),
    INVALID(1, Response.Status.BAD_REQUEST),
    UNAUTHENTICATED(2, Response.Status.UNAUTHORIZED),
    FORBIDDEN(3, Response.Status.FORBIDDEN),
    NOT_FOUND(4, Response.Status.NOT_FOUND),
    CONFLICT(5, Response.Status.CONFLICT),
    ERROR(99, Response.Status.INTERNAL_SERVER_ERROR);

    private final int code;
    private final Response.Status http;

    C2Status(int code, Response.Status http) {
        this.code = code;
        this.http = http;
    }

    public int code() {
        return code;
    }

    public Response.Status http() {
        return http;
    }
}
