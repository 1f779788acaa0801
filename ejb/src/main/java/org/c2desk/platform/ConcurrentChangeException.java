package org.c2desk.platform;

import jakarta.ejb.ApplicationException;

/**
 * The object changed since the caller read it: the version the caller based its change on (an HTTP If-Match) is not
 * the current one. Nothing was written; {@link #currentVersion()} tells the caller what to read again.
 */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends BusinessException {

    private final long currentVersion;

    public ConcurrentChangeException(String kind, Object id, long expectedVersion, long currentVersion) {
        super(
                "error.concurrentChange",
                kind + " " + id + " changed since version " + expectedVersion + " was read (it is now at version "
                        + currentVersion + "): read it again and retry",
                kind,
                id,
                expectedVersion,
                currentVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
