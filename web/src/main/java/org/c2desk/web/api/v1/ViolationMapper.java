package org.c2desk.web.api.v1;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A command Bean Validation refused, as problem+json naming the field. Its own mapper: the JAX-RS runtime's mapper for
 * Bean Validation is closer to this exception than {@link ProblemMapper}'s, and answers an HTML page.
 */
@Provider
public class ViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        return ProblemMapper.invalid(e);
    }
}
