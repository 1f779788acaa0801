package org.c2desk.web.api.v1;

/** A change sent without If-Match (a 428): the API will not let two integrators overwrite each other silently. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
