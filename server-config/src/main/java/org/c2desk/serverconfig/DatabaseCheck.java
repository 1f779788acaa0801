package org.c2desk.serverconfig;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Answers, before the server starts, whether the production database can be reached, so that an
 * unreachable or misconfigured PostgreSQL gives one clear line instead of a deployment stack trace.
 *
 * <p>Usage: {@code DatabaseCheck <jdbcUrl> [user] [password]}; user and password default to the
 * environment variables C2DESK_DB_USER and C2DESK_DB_PASSWORD, which keeps the password off the
 * command line (where {@code ps} would show it). Exits 0 when a connection opens, 1 otherwise after
 * printing {@code C2 Desk cannot reach PostgreSQL at <url>: <reason>}.
 */
public final class DatabaseCheck {

    static final int TIMEOUT_SECONDS = 5;

    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&;]*");

    private DatabaseCheck() {}

    /** Returns null when the database answers, otherwise the one-line message to print. */
    static String check(String url, String user, String password) {
        Properties props = new Properties();
        if (user != null && !user.isEmpty()) {
            props.setProperty("user", user);
        }
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        // pgjdbc reads these (in seconds): TCP connect, then the whole login, so a firewall that drops
        // packets fails in seconds rather than after the operating system's TCP timeout.
        props.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS));
        props.setProperty("loginTimeout", Integer.toString(TIMEOUT_SECONDS));
        DriverManager.setLoginTimeout(TIMEOUT_SECONDS);
        try (Connection c = DriverManager.getConnection(url, props)) {
            c.isValid(TIMEOUT_SECONDS);
            return null;
        } catch (SQLException e) {
            return "C2 Desk cannot reach PostgreSQL at " + masked(url) + ": " + reason(e);
        }
    }

    static String masked(String url) {
        return PASSWORD_IN_URL.matcher(url).replaceAll("$1***");
    }

    /**
     * One line: for a network failure its cause ("Connection refused", "unknown host db"), which
     * pgjdbc wraps in a longer generic sentence; otherwise what the driver or the server said
     * ("FATAL: password authentication failed for user ...").
     */
    static String reason(SQLException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            if (t instanceof SocketException || t instanceof SocketTimeoutException) {
                return oneLine(t);
            }
        }
        return oneLine(e);
    }

    private static String oneLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }

    public static void main(String[] args) {
        if (args.length < 1 || args[0].isBlank()) {
            System.err.println("usage: DatabaseCheck <jdbcUrl> [user] [password]");
            System.exit(2);
        }
        String user = args.length > 1 ? args[1] : System.getenv("C2DESK_DB_USER");
        String password = args.length > 2 ? args[2] : System.getenv("C2DESK_DB_PASSWORD");
        String problem = check(args[0], user, password);
        if (problem != null) {
            System.out.println(problem);
            System.exit(1);
        }
    }
}
