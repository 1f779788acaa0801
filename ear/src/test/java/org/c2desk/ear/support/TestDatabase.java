package org.c2desk.ear.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL database the in-container suite runs on (the machine's server, see the parent POM's it.db.*
 * properties). It is dropped and created empty before the suite, so the application's start-up migrates it from
 * nothing, exactly as on a new installation.
 */
public final class TestDatabase {

    private TestDatabase() {}

    public static String host() {
        return System.getProperty("it.db.host", "127.0.0.1");
    }

    public static String port() {
        return System.getProperty("it.db.port", "5432");
    }

    public static String name() {
        return System.getProperty("it.db.name", "c2desk_it");
    }

    public static String user() {
        return System.getProperty("it.db.user", "postgres");
    }

    public static String password() {
        return System.getProperty("it.db.password", "");
    }

    public static String url(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    public static void recreate(String database) {
        try (Connection admin = DriverManager.getConnection(url("postgres"), user(), password());
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot prepare the test database " + database + " on " + url("postgres") + ": " + e.getMessage(),
                    e);
        }
    }

    public static void drop(String database) {
        try (Connection admin = DriverManager.getConnection(url("postgres"), user(), password());
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop the test database " + database + ": " + e.getMessage(), e);
        }
    }

    /** Runs one statement on the suite's database (a test's set-up or its restoring what it changed). */
    public static void execute(String statement) {
        try (Connection c = DriverManager.getConnection(url(name()), user(), password());
                Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }

    /** The first column of the first row a query answers (null when it answers none). */
    public static String queryString(String query) {
        try (Connection c = DriverManager.getConnection(url(name()), user(), password());
                Statement s = c.createStatement();
                java.sql.ResultSet rows = s.executeQuery(query)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
    }
}
