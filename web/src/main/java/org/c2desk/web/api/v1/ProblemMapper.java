package org.c2desk.web.api.v1;

import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
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
import org.c2desk.platform.ConcurrentChangeException;
import org.c2desk.platform.ForbiddenException;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.AuthenticationFailedException;
import org.c2desk.web.api.Violation;

/**
 * Every failure of /api/v1 as problem+json: a refused value 400 (with the field), no permission 403, not found 404,
 * changed meanwhile 412 (with the current ETag), no If-Match 428, too large 413; anything unexpected 500 with an
 * incident id that the log repeats beside the stack trace, which never reaches the caller.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof InvalidInputException invalid) {
            return Problems.invalid(invalid.field(), invalid.getMessage());
        }
        if (e instanceof ValidationException invalid) {
            return Problems.invalid(invalid.field(), invalid.getMessage());
        }
        if (e instanceof ConstraintViolationException violations) {
            return invalid(violations);
        }
        if (e instanceof JsonParsingException parsing) {
            String where = parsing.getLocation() == null
                    ? ""
                    : " at line " + parsing.getLocation().getLineNumber() + ", column "
                            + parsing.getLocation().getColumnNumber();
            return Problems.builder(
                            400,
                            "malformed-json",
                            "Malformed JSON",
                            "The body is not valid JSON" + where + ": " + parsing.getMessage())
                    .build();
        }
        if (e instanceof JsonException || e instanceof JsonbException) {
            return Problems.builder(
                            400,
                            "malformed-json",
                            "Malformed JSON",
                            "The body is not the JSON expected: " + e.getMessage())
                    .build();
        }
        if (e instanceof AuthenticationFailedException) {
            return Problems.unauthorized(e.getMessage());
        }
        if (e instanceof ForbiddenException) {
            return Problems.builder(403, "forbidden", "Forbidden", e.getMessage())
                    .build();
        }
        if (e instanceof NotFoundException) {
            return Problems.builder(404, "not-found", "Not found", e.getMessage())
                    .build();
        }
        if (e instanceof ConcurrentChangeException changed) {
            String etag = ETags.of(changed.currentVersion());
            return Problems.builder(
                            412,
                            "changed",
                            "Changed since read",
                            e.getMessage() + "; the current ETag is " + etag,
                            b -> b.add("currentETag", etag))
                    .header("ETag", etag)
                    .build();
        }
        if (e instanceof OptimisticLockException) {
            return Problems.builder(
                            412,
                            "changed",
                            "Changed since read",
                            "Someone else changed this object at the same time: read it again (GET) and retry")
                    .build();
        }
        if (e instanceof PreconditionRequiredException) {
            return Problems.builder(428, "if-match-required", "Precondition required", e.getMessage())
                    .build();
        }
        if (e instanceof PayloadTooLargeException) {
            return Problems.builder(413, "too-large", "Payload too large", e.getMessage())
                    .build();
        }
        if (e instanceof BusinessException) {
            return Problems.builder(400, "refused", "Refused", e.getMessage()).build();
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            String detail = switch (status) {
                case 404 -> "No such resource under /api/v1: see the OpenAPI document at /openapi";
                case 405 -> "This method is not allowed here: see the OpenAPI document at /openapi";
                case 415 -> "Unsupported Content-Type: send application/json (or what the OpenAPI document says)";
                case 406 -> "The API answers application/json (or problem+json)";
                default -> web.getMessage();
            };
            return Problems.builder(
                            status,
                            "http-" + status,
                            web.getResponse().getStatusInfo().getReasonPhrase(),
                            detail)
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "REST API v1 failure, incident " + incident, thrown);
        return Problems.builder(
                        500,
                        "internal",
                        "Internal error",
                        "The server could not complete the request;" + " quote incident " + incident
                                + " to your administrator",
                        b -> b.add("incident", incident))
                .build();
    }

    /**
     * A command Bean Validation refused, naming the field by the command's component: this API's bodies use the
     * commands' names ({@code summary}, {@code statusId}).
     */
    static Response invalid(ConstraintViolationException violations) {
        Violation violation = Violation.of(violations);
        return Problems.invalid(violation.component(), violation.component() + ": " + violation.message());
    }

    static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof EJBException
                        || e.getClass().getName().endsWith("TransactionRolledbackLocalException")
                        || e.getClass().getName().endsWith("RollbackException"))
                && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof jakarta.persistence.PersistenceException
                && e.getCause() instanceof OptimisticLockException o) {
            return o;
        }
        return e;
    }
}
