package org.c2desk.web.api.c2;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A command Bean Validation refused, as the envelope naming the field. Its own mapper: the JAX-RS runtime's mapper for
 * Bean Validation is closer to this exception than {@link C2ExceptionMapper}'s, and answers an HTML page.
 */
@Provider
public class C2ViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        return C2ExceptionMapper.refused(e);
    }
}
