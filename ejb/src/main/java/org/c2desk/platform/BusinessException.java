package org.c2desk.platform;

import jakarta.ejb.ApplicationException;

/**
 * Root of the exceptions business code throws for a refusal a caller can understand and act on. The web tier maps
 * them to the C2 envelope, to problem+json or to a message beside a field; the transaction is rolled back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, String message, Object... arguments) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** Key of the translated message in the web tier's bundles. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
