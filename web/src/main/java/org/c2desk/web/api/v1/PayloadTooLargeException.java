package org.c2desk.web.api.v1;

/** A body over the size an endpoint accepts (a 413). */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
