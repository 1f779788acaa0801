package org.c2desk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.c2desk.platform.AppConfig;
import org.c2desk.platform.DatabaseReady;
import org.junit.jupiter.api.Test;

/**
 * The first administrator is ensured when start-up announces the database ready, in production only; a failure
 * comes back to the start-up (which stops the deployment with its message).
 */
class FirstAdministratorStartTest {

    private final List<String> calls = new ArrayList<>();

    /** A database that cannot be reached, which notes that it was asked. */
    private DataSource unreachable() {
        return (DataSource) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    throw new SQLException("connection refused");
                });
    }

    private static FirstAdministrator firstAdministrator() {
        FirstAdministrator first = new FirstAdministrator();
        first.config = new AppConfig() {
            @Override
            public String adminUserName() {
                return "admin";
            }

            @Override
            public Optional<String> adminPassword() {
                return Optional.empty();
            }
        };
        return first;
    }

    @Test
    void inDemoModeNothingIsAsked() {
        firstAdministrator().onDatabaseReady(new DatabaseReady(AppConfig.Mode.DEMO, unreachable()));
        assertEquals(List.of(), calls);
    }

    @Test
    void inProductionItIsEnsuredAndAFailureReachesTheStart() {
        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> firstAdministrator()
                        .onDatabaseReady(new DatabaseReady(AppConfig.Mode.PRODUCTION, unreachable())));
        assertTrue(refused.getMessage().startsWith("could not create the first administrator"), refused.getMessage());
        assertEquals(List.of("getConnection"), calls);
    }
}
