package org.c2desk.web.api.v1;

/** A request the edge refuses before any business call, naming the JSON field or parameter at fault (a 400). */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
