package org.c2desk.ear.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.c2desk.ear.support.Deployments;
import org.c2desk.ear.support.TestDatabase;
import org.c2desk.security.CallerCache;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The APIs remember who their callers are for a few seconds ({@link CallerCache}): a change made behind the server's
 * back — plain SQL here, as another server of a cluster or an administrator's script would make it — must still take
 * effect within {@link CallerCache#FRESH_FOR}, and a wrong password must never ride on a remembered right one. Each
 * test works on a resource of its own, deleted afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiCallerCacheIT {

    private static final String RESOURCES_GROUP = "60000000-0000-4000-8000-000000000002";
    private static final String ENTERPRISE = "04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46";
    private static final String SUPPORT_QUEUE = "7ec07c17-828f-47f8-9519-76f7e9a32cb0";
    private static final String PASSWORD = "pax123";
    /** The bound, with room for a slow call on a busy machine. */
    private static final Duration WITHIN = CallerCache.FRESH_FOR.plusSeconds(3);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.plain();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();
    private UUID resource;
    private String userName;

    /** A resource of the Resources group, with the demo's password (its hash copied from the administrator's). */
    @BeforeEach
    void createResource() throws Exception {
        resource = UUID.randomUUID();
        userName = "cache-" + resource.toString().substring(0, 8);
        update(
                "insert into resource (id, user_name, first_name, last_name, password_hash, enterprise_id, created_by,"
                        + " last_modified_by) select ?::uuid, ?, 'Cache', 'Test', password_hash, ?::uuid, 'test', 'test'"
                        + " from resource where user_name = 'admin'",
                resource,
                userName,
                ENTERPRISE);
        update("insert into group_member (group_id, resource_id) values (?::uuid, ?::uuid)", RESOURCES_GROUP, resource);
    }

    @AfterEach
    void deleteResource() throws Exception {
        // Its group memberships and tokens go with it (on delete cascade).
        update("delete from resource where id = ?::uuid", resource);
    }

    @Test
    void aWrongPasswordAfterTheRightOneIsRefused() throws Exception {
        assertEquals(200, v1(basic(PASSWORD)).statusCode());
        assertEquals(0, c2List(PASSWORD).getInt("Status"));

        HttpResponse<String> wrong = v1(basic(PASSWORD + "x"));
        assertEquals(401, wrong.statusCode());
        JsonObject c2Wrong = c2List("PAX123");
        assertEquals(2, c2Wrong.getInt("Status"), c2Wrong.toString());
        assertEquals(2, c2List("").getInt("Status"));
        // ... and each counted towards the lock, as without the cache.
        assertEquals(3, intQuery("select failed_login_count from resource where id = ?::uuid", resource));
        assertEquals(200, v1(basic(PASSWORD)).statusCode());
    }

    @Test
    void aResourceDeactivatedElsewhereIsRefusedWithinTheBound() throws Exception {
        String token = token();
        assertEquals(200, v1(basic(PASSWORD)).statusCode());
        assertEquals(200, v1(token).statusCode());

        update("update resource set is_active = false where id = ?::uuid", resource);
        long start = System.nanoTime();
        waitUntil(
                () -> v1(basic(PASSWORD)).statusCode() == 401
                        && v1(token).statusCode() == 401
                        && c2List(PASSWORD).getInt("Status") == 2,
                start);
    }

    @Test
    void aTokenRevokedElsewhereIsRefusedWithinTheBound() throws Exception {
        String token = token();
        assertEquals(200, v1(token).statusCode());

        update("update api_token set revoked_on = now() where resource_id = ?::uuid", resource);
        long start = System.nanoTime();
        waitUntil(() -> v1(token).statusCode() == 401, start);
        assertEquals(200, v1(basic(PASSWORD)).statusCode(), "the password still works");
    }

    @Test
    void aGroupMembershipRemovedElsewhereTakesEffectWithinTheBound() throws Exception {
        String token = token();
        assertEquals(
                1,
                c2List(PASSWORD).getJsonObject("Data").getJsonArray("Items").size(),
                "the Resources group works the support queue");
        assertEquals(
                1,
                c2ListByToken(token).getJsonObject("Data").getJsonArray("Items").size());

        update("delete from group_member where resource_id = ?::uuid", resource);
        long start = System.nanoTime();
        waitUntil(
                () -> c2List(PASSWORD)
                                .getJsonObject("Data")
                                .getJsonArray("Items")
                                .isEmpty()
                        && c2ListByToken(token)
                                .getJsonObject("Data")
                                .getJsonArray("Items")
                                .isEmpty(),
                start);
    }

    @Test
    void aPasswordChangedElsewhereEndsTheRememberedOneWithinTheBound() throws Exception {
        assertEquals(200, v1(basic(PASSWORD)).statusCode());
        String newPassword = "changed-" + UUID.randomUUID();
        update("update resource set password_hash = ? where id = ?::uuid", pbkdf2(newPassword), resource);
        long start = System.nanoTime();
        // Polled with the old password: each refusal counts towards the lock, so stop at the first.
        waitUntil(() -> v1(basic(PASSWORD)).statusCode() == 401, start);
        assertEquals(200, v1(basic(newPassword)).statusCode());
    }

    /** Calls {@code refused} until it says yes, and fails unless that happened within {@link #WITHIN} of start. */
    private static void waitUntil(Callable<Boolean> refused, long start) throws Exception {
        long deadline = start + WITHIN.toNanos();
        boolean done = false;
        while (!done && System.nanoTime() < deadline) {
            done = refused.call();
            if (!done) {
                Thread.sleep(200);
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertTrue(done, "still accepted " + seconds + " s after the change; the bound is " + CallerCache.FRESH_FOR);
    }

    private HttpResponse<String> v1(String authorization) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/v1/tickets?limit=1"))
                        .header("Authorization", authorization)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonObject c2List(String password) throws Exception {
        return c2(
                "{\"Filter\":{\"QueueIds\":[\"" + SUPPORT_QUEUE + "\"]},\"PageSize\":1,\"username\":\"" + userName
                        + "\",\"password\":\"" + password + "\"}",
                null);
    }

    private JsonObject c2ListByToken(String token) throws Exception {
        return c2("{\"Filter\":{\"QueueIds\":[\"" + SUPPORT_QUEUE + "\"]},\"PageSize\":1}", token);
    }

    private JsonObject c2(String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toString()).resolve("API/Ticket/List"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** "Bearer c2d_..." for a new token of the test's resource. */
    private String token() throws Exception {
        HttpResponse<String> issued = http.send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/v1/tokens"))
                        .header("Authorization", basic(PASSWORD))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"ApiCallerCacheIT\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, issued.statusCode(), issued.body());
        return "Bearer "
                + Json.createReader(new StringReader(issued.body()))
                        .readObject()
                        .getString("token");
    }

    private String basic(String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((userName + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A hash in the stored form of Jakarta Security's PBKDF2 (algorithm:iterations:salt:key, Base64). */
    private static String pbkdf2(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 256))
                .getEncoded();
        Base64.Encoder b64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA512:210000:" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    private static void update(String sql, Object... values) throws Exception {
        try (Connection db = connection();
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i].toString());
            }
            statement.executeUpdate();
        }
    }

    private static int intQuery(String sql, Object value) throws Exception {
        try (Connection db = connection();
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, value.toString());
            var rows = query.executeQuery();
            rows.next();
            return rows.getInt(1);
        }
    }

    private static Connection connection() throws Exception {
        return DriverManager.getConnection(
                TestDatabase.url(TestDatabase.name()), TestDatabase.user(), TestDatabase.password());
    }
}
