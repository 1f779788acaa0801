package org.c2desk.ear.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.c2desk.ear.support.Deployments;
import org.c2desk.security.AuthenticationFailedException;
import org.c2desk.security.AuthenticationFailedException.Reason;
import org.c2desk.security.Authenticator;
import org.c2desk.security.Caller;
import org.c2desk.security.PasswordHasher;
import org.c2desk.security.Permission;
import org.c2desk.security.PortalClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in of resources and portal clients against the hashed passwords of the database. */
@ExtendWith(ArquillianExtension.class)
class AuthenticationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(AuthenticationIT.class);
    }

    @EJB
    Authenticator authenticator;

    @Inject
    PasswordHasher passwordHasher;

    @Resource(lookup = "java:app/jdbc/c2desk")
    DataSource dataSource;

    @Test
    void theDemoAdministratorSignsInWithEveryRight() {
        Caller admin = authenticator.authenticateResource("admin", "pax123".toCharArray());
        assertTrue(admin.administrator());
        assertTrue(admin.can(Permission.ADMINISTER));
        assertTrue(admin.can(Permission.CI_EDIT));
    }

    @Test
    void userNamesAreNotCaseSensitive() {
        assertEquals(
                "agent.en",
                authenticator
                        .authenticateResource("Agent.EN", "pax123".toCharArray())
                        .userName());
    }

    @Test
    void anAgentHasTheResourcesGroupsRightsButNotAdministration() {
        Caller agent = authenticator.authenticateResource("agent.fr", "pax123".toCharArray());
        assertFalse(agent.administrator());
        assertTrue(agent.can(Permission.TICKET_CREATE));
        assertFalse(agent.can(Permission.ADMINISTER));
        assertTrue(agent.queueIds().contains(UUID.fromString("7ec07c17-828f-47f8-9519-76f7e9a32cb0")));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserAreRefusedAlike() {
        AuthenticationFailedException wrong = assertThrows(
                AuthenticationFailedException.class,
                () -> authenticator.authenticateResource("agent.hr", "not-the-password".toCharArray()));
        AuthenticationFailedException unknown = assertThrows(
                AuthenticationFailedException.class,
                () -> authenticator.authenticateResource("nobody-" + UUID.randomUUID(), "pax123".toCharArray()));

        assertEquals(Reason.BAD_CREDENTIALS, wrong.reason());
        assertEquals(wrong.getMessage(), unknown.getMessage());
    }

    @Test
    void fiveFailuresInARowLockTheAccountEvenForTheRightPassword() throws Exception {
        String userName = "lock-test-" + UUID.randomUUID();
        insertResource(userName, passwordHasher.hash("right-password".toCharArray()));

        for (int i = 0; i < 5; i++) {
            assertThrows(
                    AuthenticationFailedException.class,
                    () -> authenticator.authenticateResource(userName, "wrong".toCharArray()));
        }
        AuthenticationFailedException locked = assertThrows(
                AuthenticationFailedException.class,
                () -> authenticator.authenticateResource(userName, "right-password".toCharArray()));

        assertEquals(Reason.LOCKED, locked.reason());
        assertTrue(locked.getMessage().contains("15 minutes"), locked.getMessage());
    }

    @Test
    void passwordsAreStoredHashedNeverInClear() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select password_hash from resource where user_name = 'admin'");
                ResultSet r = s.executeQuery()) {
            r.next();
            String hash = r.getString(1);
            assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"));
            assertFalse(hash.contains("pax123"));
            assertTrue(passwordHasher.verify("pax123".toCharArray(), hash));
            assertFalse(passwordHasher.verify("pax124".toCharArray(), hash));
        }
    }

    @Test
    void aPortalClientSignsInOnlyWithPortalAccess() throws Exception {
        PortalClient client = authenticator.authenticateClient("clientapi", "pax123".toCharArray());
        assertEquals(UUID.fromString("b9498fa8-9629-49c4-b09d-9dc2d2216675"), client.clientId());
        assertTrue(client.enterpriseIds().contains(UUID.fromString("04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46")));

        setPortalAccess("client2api", false);
        try {
            assertThrows(
                    AuthenticationFailedException.class,
                    () -> authenticator.authenticateClient("client2api", "pax123".toCharArray()));
        } finally {
            setPortalAccess("client2api", true); // other tests sign in to the portal as client2api
        }
        assertEquals(
                UUID.fromString("40dcb93b-e4ab-4bfc-bfe8-4897120ee1ef"),
                authenticator
                        .authenticateClient("client2api", "pax123".toCharArray())
                        .clientId());
    }

    private void setPortalAccess(String userName, boolean access) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("update client set has_portal_access = ? where user_name = ?")) {
            s.setBoolean(1, access);
            s.setString(2, userName);
            s.executeUpdate();
        }
    }

    @Test
    void aResourceIsNotAPortalClientNorTheOtherWayRound() {
        assertThrows(
                AuthenticationFailedException.class,
                () -> authenticator.authenticateClient("admin", "pax123".toCharArray()));
        assertThrows(
                AuthenticationFailedException.class,
                () -> authenticator.authenticateResource("clientapi", "pax123".toCharArray()));
    }

    private void insertResource(String userName, String hash) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into resource (id, user_name, first_name, last_name,"
                        + " password_hash, enterprise_id, created_by, last_modified_by) values (?, ?, 'Lock', 'Test', ?,"
                        + " '04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46', 'test', 'test')")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, userName);
            s.setString(3, hash);
            s.executeUpdate();
        }
    }
}
