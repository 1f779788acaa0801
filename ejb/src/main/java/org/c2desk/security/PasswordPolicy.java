package org.c2desk.security;

import org.c2desk.platform.ValidationException;

/** The minimum a password must meet; administrators will tune it (the seed's "customized password complexity"). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {}

    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new ValidationException(
                    "password",
                    "error.password.tooShort",
                    "The password must have at least " + MIN_LENGTH + " characters",
                    MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new ValidationException(
                    "password",
                    "error.password.tooLong",
                    "The password must have at most " + MAX_LENGTH + " characters",
                    MAX_LENGTH);
        }
    }
}
