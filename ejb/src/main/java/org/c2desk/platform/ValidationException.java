package org.c2desk.platform;

import jakarta.ejb.ApplicationException;

/** A value the caller sent is wrong; {@link #field()} names it so a form can show the message beside it. */
@ApplicationException(rollback = true)
public class ValidationException extends BusinessException {

    private final String field;

    public ValidationException(String field, String messageKey, String message, Object... arguments) {
        super(messageKey, message, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
