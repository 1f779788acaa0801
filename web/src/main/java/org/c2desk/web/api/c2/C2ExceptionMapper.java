package org.c2desk.web.api.c2;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.c2desk.platform.BusinessException;
import org.c2desk.platform.ForbiddenException;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.ValidationException;
import org.c2desk.web.api.Violation;

/**
 * Every refusal of the C2 API as the documented envelope with a non-zero Status and a human Message; never a stack
 * trace. Unexpected failures are logged with an id that the Message repeats, so support can find them.
 */
@Provider
public class C2ExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(C2ExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof ApiAuthenticationException) {
            return C2Json.refused(C2Status.UNAUTHENTICATED, e.getMessage());
        }
        if (e instanceof ValidationException) {
            return C2Json.refused(C2Status.INVALID, e.getMessage());
        }
        if (e instanceof ConstraintViolationException violations) {
            return refused(violations);
        }
        if (e instanceof NotFoundException) {
            return C2Json.refused(C2Status.NOT_FOUND, e.getMessage());
        }
        if (e instanceof ForbiddenException) {
            return C2Json.refused(C2Status.FORBIDDEN, e.getMessage());
        }
        if (e instanceof BusinessException) {
            return C2Json.refused(C2Status.INVALID, e.getMessage());
        }
        if (e instanceof OptimisticLockException) {
            return C2Json.refused(
                    C2Status.CONFLICT, "Someone else changed this object at the same time; read it again and retry");
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            C2Status c2 = status == 404 ? C2Status.NOT_FOUND : C2Status.INVALID;
            String message = status == 404
                    ? "No such API: see the C2 API documentation for the paths"
                    : status == 405
                            ? "This API is called with POST"
                            : status == 415
                                    ? "Send the body as JSON (Content-Type: application/json)"
                                    : web.getMessage();
            return C2Json.refused(c2, message);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "C2 API failure " + incident, thrown);
        return C2Json.refused(C2Status.ERROR, "The server could not complete the call (incident " + incident + ")");
    }

    /** A command Bean Validation refused, naming the field as the C2 API does: {@code Summary: at most 500...}. */
    static Response refused(ConstraintViolationException violations) {
        Violation violation = Violation.of(violations);
        return C2Json.refused(
                C2Status.INVALID, TicketProperties.c2Name(violation.component()) + ": " + violation.message());
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof EJBException || e.getClass().getName().endsWith("TransactionRolledbackLocalException"))
                && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
