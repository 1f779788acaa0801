package org.c2desk.web.api.c2;

/** The API call carried no credentials, or wrong ones. */
public class ApiAuthenticationException extends RuntimeException {

    public ApiAuthenticationException(String message) {
        super(message);
    }
}
