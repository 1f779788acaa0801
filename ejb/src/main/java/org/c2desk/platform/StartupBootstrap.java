package org.c2desk.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs once when the application starts, before anything reads the database: migrates the schema, loads the demo
 * data in demo mode, then announces {@link DatabaseReady} to the areas that prepare what they need (in production,
 * the security area makes sure an administrator exists). A failure here stops the deployment with
 * one clear message rather than letting a half-ready application serve requests.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway manages its own transactions.
public class StartupBootstrap {

    private static final Logger LOG = Logger.getLogger(StartupBootstrap.class.getName());

    @Resource(lookup = "java:app/jdbc/c2desk")
    private DataSource dataSource;

    @Inject
    private AppConfig config;

    @Inject
    private Event<DatabaseReady> databaseReady;

    private DatabaseMigrator.Outcome outcome;

    @PostConstruct
    void start() {
        AppConfig.Mode mode = config.mode();
        try {
            outcome = new DatabaseMigrator(
                            dataSource, config.databaseUrl(), getClass().getClassLoader())
                    .migrate(mode);
            LOG.info(() -> "C2 Desk started in " + mode + " mode on " + config.databaseUrl() + ": schema version "
                    + outcome.schemaVersion() + ", " + outcome.schemaMigrationsApplied() + " schema and "
                    + outcome.demoMigrationsApplied() + " demo migrations applied now");
            databaseReady.fire(new DatabaseReady(mode, dataSource)); // synchronous: an observer's refusal stops here
        } catch (RuntimeException e) {
            // One SEVERE line that says what to do; the stack trace follows for whoever needs it.
            LOG.severe("C2 Desk cannot start: " + e.getMessage());
            LOG.log(Level.FINE, "Start-up failure", e);
            throw e;
        }
    }

    /** What this start applied, for health checks and tests. */
    public DatabaseMigrator.Outcome outcome() {
        return outcome;
    }
}
