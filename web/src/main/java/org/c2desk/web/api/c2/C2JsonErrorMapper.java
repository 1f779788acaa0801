package org.c2desk.web.api.c2;

import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON: say where it breaks. */
@Provider
public class C2JsonErrorMapper implements ExceptionMapper<JsonParsingException> {

    @Override
    public Response toResponse(JsonParsingException e) {
        String where = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNumber() + ", column "
                        + e.getLocation().getColumnNumber();
        return C2Json.refused(C2Status.INVALID, "The body is not valid JSON" + where);
    }
}
