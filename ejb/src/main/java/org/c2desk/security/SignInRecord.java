package org.c2desk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * How an account's password sign-ins went: failures in a row, the lock they caused, the last success. Resources
 * and portal clients keep the same record (columns failed_login_count, locked_until, last_login_on).
 */
@Embeddable
public class SignInRecord {

    @Column(name = "failed_login_count", nullable = false)
    private int failedLoginCount;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "last_login_on")
    private OffsetDateTime lastLoginOn;

    public int getFailedLoginCount() {
        return failedLoginCount;
    }

    public OffsetDateTime getLockedUntil() {
        return lockedUntil;
    }

    public OffsetDateTime getLastLoginOn() {
        return lastLoginOn;
    }

    public boolean isLockedAt(OffsetDateTime moment) {
        return lockedUntil != null && moment.isBefore(lockedUntil);
    }

    /**
     * Counts a failed sign-in; at {@code maxAttempts} failures the account locks until {@code now + lockFor} and
     * the count starts again. Returns true when this failure locked the account.
     */
    public boolean recordFailure(int maxAttempts, Duration lockFor, OffsetDateTime now) {
        failedLoginCount++;
        if (failedLoginCount >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
            failedLoginCount = 0;
            return true;
        }
        return false;
    }

    public void recordSuccess(OffsetDateTime now) {
        failedLoginCount = 0;
        lockedUntil = null;
        lastLoginOn = now;
    }

    /** Lifts a lock and forgets earlier failures (an administrator's unlock). */
    public void unlock() {
        failedLoginCount = 0;
        lockedUntil = null;
    }
}
