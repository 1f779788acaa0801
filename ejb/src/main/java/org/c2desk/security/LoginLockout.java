package org.c2desk.security;

import java.time.Duration;

/** How many failed sign-ins lock an account, and for how long. */
public final class LoginLockout {

    public static final int MAX_FAILURES = 5;
    public static final int LOCK_MINUTES = 15;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(LOCK_MINUTES);

    private LoginLockout() {}
}
