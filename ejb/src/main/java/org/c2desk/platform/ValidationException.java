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

    /**
     * The same refusal naming the field as a caller's vocabulary names it, the message's leading field name renamed
     * too: a service names fields by its commands' components, each API by its own names.
     */
    public ValidationException renamed(String name) {
        String message = getMessage() != null && field != null && getMessage().startsWith(field)
                ? name + getMessage().substring(field.length())
                : getMessage();
        return new ValidationException(name, messageKey(), message, arguments());
    }
}
