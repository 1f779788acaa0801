package org.c2desk.platform;

import jakarta.ejb.ApplicationException;

/** The caller is known but lacks the permission the operation needs. */
@ApplicationException(rollback = true)
public class ForbiddenException extends BusinessException {

    public ForbiddenException(String message, Object... arguments) {
        super("error.forbidden", message, arguments);
    }
}
