package org.c2desk.platform;

/** C2 Desk could not open a connection to its database; the message names the URL it tried. */
public class DatabaseUnreachableException extends RuntimeException {

    private final String url;

    public DatabaseUnreachableException(String url, String reason, Throwable cause) {
        super(
                "C2 Desk cannot reach its database at " + url + ": " + reason
                        + ". Check C2DESK_DB_URL, C2DESK_DB_USER and C2DESK_DB_PASSWORD, and that PostgreSQL is running.",
                cause);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
