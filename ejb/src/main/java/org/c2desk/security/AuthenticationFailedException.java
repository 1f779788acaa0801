package org.c2desk.security;

import jakarta.ejb.ApplicationException;
import org.c2desk.platform.BusinessException;

/**
 * Sign-in refused. The same message for an unknown user and a wrong password, so user names cannot be probed. Not
 * rolled back: the failed-attempt count that locks an account must be kept.
 */
@ApplicationException(rollback = false)
public class AuthenticationFailedException extends BusinessException {

    public enum Reason {
        BAD_CREDENTIALS,
        LOCKED
    }

    private final Reason reason;

    public AuthenticationFailedException(Reason reason) {
        super(
                reason == Reason.LOCKED ? "error.login.locked" : "error.login.failed",
                reason == Reason.LOCKED
                        ? "This account is locked after too many failed sign-ins; try again in "
                                + LoginLockout.LOCK_MINUTES + " minutes"
                        : "Unknown user name or wrong password",
                LoginLockout.LOCK_MINUTES);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
