package org.c2desk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.c2desk.platform.AppConfig;
import org.c2desk.platform.DatabaseReady;

/**
 * In production, the first administrator's password comes from configuration ({@code C2DESK_ADMIN_PASSWORD}); no
 * default password ever exists. Start-up refuses to continue while no administrator exists and none is configured.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    static final UUID ADMIN_GROUP_ID = UUID.fromString("60000000-0000-4000-8000-000000000001");

    @Inject
    AppConfig config;

    @Inject
    PasswordHasher passwordHasher;

    /** At start-up, once the schema is migrated: in production, with the configured user name and password. */
    void onDatabaseReady(@Observes DatabaseReady ready) {
        if (ready.mode() == AppConfig.Mode.PRODUCTION) {
            ensureExists(ready.dataSource());
        }
    }

    private void ensureExists(DataSource dataSource) {
        ensureExists(dataSource, config.adminUserName(), config.adminPassword());
    }

    /** Runs with plain JDBC at start-up, before JPA is first used; one transaction, all or nothing. */
    public void ensureExists(DataSource dataSource, String userName, Optional<String> configuredPassword) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!administratorExists(connection)) {
                    String password = configuredPassword.orElseThrow(() -> new IllegalStateException(
                            "no administrator exists yet and no password is configured for the first one: set "
                                    + "C2DESK_ADMIN_PASSWORD (MicroProfile Config key " + AppConfig.ADMIN_PASSWORD
                                    + ") and start again; C2 Desk never creates a default password in production"));
                    PasswordPolicy.check(password);
                    create(connection, userName, passwordHasher.hash(password.toCharArray()));
                    LOG.info(() -> "C2 Desk created the first administrator '" + userName + "'");
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the first administrator: " + e.getMessage(), e);
        }
    }

    private static boolean administratorExists(Connection connection) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("select 1 from group_member m join resource r on r.id = m.resource_id "
                        + "where m.group_id = ? and r.is_active limit 1")) {
            query.setObject(1, ADMIN_GROUP_ID);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void create(Connection connection, String userName, String passwordHash) throws SQLException {
        UUID enterpriseId = firstEnterprise(connection);
        UUID resourceId = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into resource (id, user_name, first_name, last_name, password_hash, enterprise_id, "
                        + "created_by, last_modified_by) values (?, ?, 'Administrator', 'C2 Desk', ?, ?, 'system', 'system')")) {
            insert.setObject(1, resourceId);
            insert.setString(2, userName);
            insert.setString(3, passwordHash);
            insert.setObject(4, enterpriseId);
            insert.executeUpdate();
        }
        try (PreparedStatement member =
                connection.prepareStatement("insert into group_member (group_id, resource_id) values (?, ?)")) {
            member.setObject(1, ADMIN_GROUP_ID);
            member.setObject(2, resourceId);
            member.executeUpdate();
        }
    }

    /** A resource belongs to an enterprise; a new installation has none, so the first one is created. */
    private static UUID firstEnterprise(Connection connection) throws SQLException {
        try (PreparedStatement query =
                        connection.prepareStatement("select id from enterprise order by sequence_number limit 1");
                ResultSet rows = query.executeQuery()) {
            if (rows.next()) {
                return rows.getObject(1, UUID.class);
            }
        }
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into enterprise (id, name, created_by, last_modified_by) values (?, 'My organization', 'system', 'system')")) {
            insert.setObject(1, id);
            insert.executeUpdate();
        }
        return id;
    }
}
