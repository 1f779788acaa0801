package org.c2desk.ear.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.c2desk.ear.support.Deployments;
import org.c2desk.ear.support.TestDatabase;
import org.c2desk.platform.AppConfig;
import org.c2desk.platform.DatabaseMigrator;
import org.c2desk.platform.DatabaseUnreachableException;
import org.c2desk.security.FirstAdministrator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The ground everything stands on, checked inside a real Payara against real PostgreSQL: migrations from an empty
 * database, demo data once and only in demo mode, the production start's first administrator, and the message
 * given for an unreachable database.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(FoundationIT.class);
    }

    @Resource(lookup = "java:app/jdbc/c2desk")
    DataSource dataSource;

    @Inject
    FirstAdministrator firstAdministrator;

    @Test
    void theSuiteDatabaseWasMigratedFromEmptyAtStartUp() throws SQLException {
        // The suite's database is created empty before deployment; the application's start-up did the rest.
        List<String> applied =
                strings("select version from flyway_schema_history where success order by installed_rank");
        assertTrue(applied.containsAll(List.of("001", "002")), "schema migrations applied: " + applied);
        assertEquals(5L, count("select count(*) from ticket_type"));
        assertEquals(1L, count("select count(*) from security_group where code = 'ADMIN' and is_system"));
    }

    @Test
    void demoDataIsLoadedOnceAndAgainNeverTwice() throws SQLException {
        assertEquals(1L, count("select count(*) from enterprise where id = '04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46'"));
        long tickets = count("select count(*) from ticket");
        long demoMigrations = count(
                "select count(*) from flyway_demo_history where success and version is not null and version <> '0'");
        assertTrue(demoMigrations >= 2, "demo migrations recorded: " + demoMigrations);

        DatabaseMigrator.Outcome again = new DatabaseMigrator(
                        dataSource, "suite database", getClass().getClassLoader())
                .migrate(AppConfig.Mode.DEMO);

        assertEquals(0, again.schemaMigrationsApplied());
        assertEquals(0, again.demoMigrationsApplied());
        assertEquals(tickets, count("select count(*) from ticket"));
        assertEquals(1L, count("select count(*) from enterprise where name = 'Selenium Tests'"));
    }

    @Test
    void productionModeLoadsNoDemoDataAndRequiresAConfiguredFirstAdministrator() throws SQLException {
        String database = "c2desk_it_production";
        TestDatabase.recreate(database);
        try {
            PGSimpleDataSource production = dataSourceFor(TestDatabase.url(database));

            DatabaseMigrator.Outcome outcome = new DatabaseMigrator(
                            production, database, getClass().getClassLoader())
                    .migrate(AppConfig.Mode.PRODUCTION);

            assertTrue(outcome.schemaMigrationsApplied() >= 2);
            assertEquals(0, outcome.demoMigrationsApplied());
            assertEquals(0L, count(production, "select count(*) from enterprise"));
            assertEquals(0L, count(production, "select count(*) from ticket"));
            assertEquals(0L, count(production, "select count(*) from resource"));
            assertEquals(5L, count(production, "select count(*) from ticket_type"), "reference data is there");

            IllegalStateException refused = assertThrows(
                    IllegalStateException.class,
                    () -> firstAdministrator.ensureExists(production, "admin", Optional.empty()));
            assertTrue(refused.getMessage().contains("C2DESK_ADMIN_PASSWORD"), refused.getMessage());
            assertEquals(0L, count(production, "select count(*) from resource"), "nothing half-created");

            firstAdministrator.ensureExists(production, "chief", Optional.of("S3cure-enough!"));
            firstAdministrator.ensureExists(production, "chief", Optional.of("S3cure-enough!"));

            assertEquals(1L, count(production, "select count(*) from resource"), "created once");
            assertEquals(
                    1L,
                    count(
                            production,
                            "select count(*) from group_member m join resource r on r.id = m.resource_id"
                                    + " where r.user_name = 'chief' and m.group_id = '60000000-0000-4000-8000-000000000001'"));
            String hash = strings(production, "select password_hash from resource where user_name = 'chief'")
                    .get(0);
            assertTrue(
                    hash.startsWith("PBKDF2WithHmacSHA512:210000:"), "stored as a PBKDF2 hash: " + hash.split(":")[0]);
            assertFalse(hash.contains("S3cure-enough!"));
        } finally {
            TestDatabase.drop(database);
        }
    }

    @Test
    void anUnreachableDatabaseFailsWithOneMessageNamingTheUrl() {
        String url = "jdbc:postgresql://127.0.0.1:1/nowhere";
        PGSimpleDataSource unreachable = dataSourceFor(url);
        unreachable.setConnectTimeout(2);

        DatabaseUnreachableException e = assertThrows(
                DatabaseUnreachableException.class,
                () -> new DatabaseMigrator(unreachable, url, getClass().getClassLoader())
                        .migrate(AppConfig.Mode.PRODUCTION));

        assertTrue(e.getMessage().startsWith("C2 Desk cannot reach its database at " + url + ": "), e.getMessage());
        assertNotEquals(-1, e.getMessage().indexOf("C2DESK_DB_URL"));
    }

    private static PGSimpleDataSource dataSourceFor(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(TestDatabase.user());
        ds.setPassword(TestDatabase.password());
        return ds;
    }

    private long count(String sql) throws SQLException {
        return count(dataSource, sql);
    }

    private static long count(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        return strings(dataSource, sql);
    }

    private static List<String> strings(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            List<String> values = new java.util.ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        }
    }
}
