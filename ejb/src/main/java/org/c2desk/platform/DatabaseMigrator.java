package org.c2desk.platform;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the current schema with Flyway, and in demo mode adds the demo data. The demo data has its own
 * history table, so schema and demo migrations are numbered independently and each is applied exactly once, whichever
 * server instance of a cluster starts first (Flyway locks its history table).
 */
public class DatabaseMigrator {

    static final String SCHEMA_LOCATION = "classpath:db/migration";
    static final String DEMO_LOCATION = "classpath:db/demo";
    static final String DEMO_HISTORY_TABLE = "flyway_demo_history";

    private final DataSource dataSource;
    private final String describedUrl;
    private final ClassLoader classLoader;

    /**
     * @param describedUrl the URL to name in messages (the datasource itself may not tell it)
     */
    public DatabaseMigrator(DataSource dataSource, String describedUrl, ClassLoader classLoader) {
        this.dataSource = dataSource;
        this.describedUrl = describedUrl;
        this.classLoader = classLoader;
    }

    /** Result of one start-up: how many schema and demo migrations were applied now. */
    public record Outcome(int schemaMigrationsApplied, int demoMigrationsApplied, String schemaVersion) {}

    public Outcome migrate(AppConfig.Mode mode) {
        checkReachable();
        Flyway schemaFlyway = flyway(SCHEMA_LOCATION, "flyway_schema_history");
        MigrateResult schema = schemaFlyway.migrate();
        int demo = 0;
        if (mode == AppConfig.Mode.DEMO) {
            demo = flyway(DEMO_LOCATION, DEMO_HISTORY_TABLE).migrate().migrationsExecuted;
        }
        // When nothing was applied now, the result names no target: ask the history for the current version.
        String version = schema.targetSchemaVersion != null
                ? schema.targetSchemaVersion
                : schemaFlyway.info().current() == null
                        ? "none"
                        : schemaFlyway.info().current().getVersion().getVersion();
        return new Outcome(schema.migrationsExecuted, demo, version);
    }

    /** Fails with one sentence naming the URL, instead of a pool's stack trace, when PostgreSQL cannot be reached. */
    void checkReachable() {
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new DatabaseUnreachableException(describedUrl, rootMessage(e), e);
        }
    }

    private Flyway flyway(String location, String historyTable) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(location)
                .table(historyTable)
                // The demo history starts on a database whose schema Flyway already manages.
                .baselineOnMigrate(!"flyway_schema_history".equals(historyTable))
                .baselineVersion("0")
                .load();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
