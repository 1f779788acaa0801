package org.c2desk.ear.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.c2desk.ear.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * /api/v1/clients and /api/v1/cis called from outside: create (201, Location, ETag), read with the same ETag, change
 * with If-Match (412 stale, 428 without), refusals naming their field and changing nothing, permissions, paging.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class V1ClientsCisApiIT {

    /** Demo data: the enterprise "Selenium Tests"; the client form's CF Decimal (7) and CF Checkbox (3). */
    private static final String ENTERPRISE = "04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46";

    private static final String CF_DECIMAL = "7";
    private static final String CF_CHECKBOX = "3";
    /** Demo data: a CI folder, its category, a type of that category and a CI state. */
    private static final String CI_FOLDER = "7b000000-0000-4000-8000-000000000004";

    private static final String CI_CATEGORY = "7b100000-0000-4000-8000-000000000003";
    private static final String CI_TYPE = "7b200000-0000-4000-8000-000000000009";
    private static final String CI_STATE = "3b302329-5610-4ee4-97e9-e8590be84b63";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.plain();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private static final String ADMIN = basic("admin", "pax123");

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String auth, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toString()).resolve(path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + response));
    }

    /** A 400 problem+json naming {@code field}. */
    private static void refused(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(field, json(response).getString("field"), response.body());
        assertTrue(json(response).getString("detail").contains(field), response.body());
    }

    /** The value of a custom field ("" for none). */
    private static String customValue(JsonObject object, String sequenceNumber) {
        return object.getJsonArray("customFields").getValuesAs(JsonObject.class).stream()
                .filter(f -> Long.toString(f.getJsonNumber("sequenceNumber").longValue())
                        .equals(sequenceNumber))
                .findFirst()
                .map(f -> f.isNull("value") ? "" : f.getString("value"))
                .orElseThrow();
    }

    private HttpResponse<String> createClient(String auth, String lastName) throws Exception {
        return send(
                "POST",
                "api/v1/clients",
                auth,
                "{\"enterpriseIds\":[\"" + ENTERPRISE + "\"],\"firstName\":\"Zoé\","
                        + "\"lastName\":\"" + lastName + "\",\"emailAddress\":\"zoe@example.org\",\"customFields\":{\""
                        + CF_DECIMAL + "\":12.5,\"" + CF_CHECKBOX + "\":true}}");
    }

    private HttpResponse<String> createCi(String auth, String name) throws Exception {
        return send(
                "POST",
                "api/v1/cis",
                auth,
                "{\"folderId\":\"" + CI_FOLDER + "\",\"categoryId\":\"" + CI_CATEGORY
                        + "\",\"typeId\":\"" + CI_TYPE + "\",\"stateId\":\"" + CI_STATE + "\",\"name\":{\"en\":\""
                        + name
                        + "\"},\"description\":{\"en\":\"Made by a test\",\"fr\":\"Créé par un test\"},\"tags\":\"test\","
                        + "\"customFields\":{\"" + CF_DECIMAL + "\":\"3.25\"}}");
    }

    @Test
    void aClientIsCreatedReadAndChangedWithItsETag() throws Exception {
        HttpResponse<String> created = createClient(ADMIN, "Lefèvre <b>'; drop table client; --</b> 🙂");
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        String etag = etag(created);
        JsonObject client = json(created);
        assertTrue(location.endsWith("/api/v1/clients/" + client.getString("id")), location);
        assertEquals("Lefèvre <b>'; drop table client; --</b> 🙂", client.getString("lastName"));
        assertEquals(0, new BigDecimal("12.5").compareTo(new BigDecimal(customValue(client, CF_DECIMAL))));
        assertEquals("True", customValue(client, CF_CHECKBOX));
        assertEquals(ENTERPRISE, client.getJsonArray("enterpriseIds").getString(0));

        HttpResponse<String> read = send("GET", location, ADMIN, null);
        assertEquals(200, read.statusCode());
        assertEquals(etag, etag(read));

        HttpResponse<String> changed = send(
                "PATCH",
                location,
                ADMIN,
                "{\"city\":\"Québec\",\"active\":false," + "\"customFields\":{\"" + CF_DECIMAL + "\":null}}",
                "If-Match",
                etag);
        assertEquals(200, changed.statusCode(), changed.body());
        String newEtag = etag(changed);
        assertNotEquals(etag, newEtag);
        assertEquals("Québec", json(changed).getString("city"));
        assertEquals(false, json(changed).getBoolean("active"));
        assertEquals("", customValue(json(changed), CF_DECIMAL));
        assertEquals("Zoé", json(changed).getString("firstName"));

        HttpResponse<String> stale = send("PATCH", location, ADMIN, "{\"city\":\"Lost\"}", "If-Match", etag);
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals(newEtag, json(stale).getString("currentETag"));
        assertEquals(428, send("PATCH", location, ADMIN, "{\"city\":\"Lost\"}").statusCode());

        refused(
                send("PATCH", location, ADMIN, "{\"emailAddress\":\"not an address\"}", "If-Match", newEtag),
                "emailAddress");
        refused(
                send("PATCH", location, ADMIN, "{\"city\":\"Lost\",\"active\":\"yes\"}", "If-Match", newEtag),
                "active");
        refused(send("PATCH", location, ADMIN, "{\"nickname\":\"Zo\"}", "If-Match", newEtag), "nickname");
        refused(
                send(
                        "PATCH",
                        location,
                        ADMIN,
                        "{\"city\":\"Lost\",\"customFields\":{\"" + CF_DECIMAL + "\":\"abc\"}}",
                        "If-Match",
                        newEtag),
                "customFields." + CF_DECIMAL);
        refused(
                send("PATCH", location, ADMIN, "{\"customFields\":{\"999999\":\"1\"}}", "If-Match", newEtag),
                "customFields.999999");
        HttpResponse<String> after = send("GET", location, ADMIN, null);
        assertEquals(newEtag, etag(after));
        assertEquals("Québec", json(after).getString("city"));
    }

    @Test
    void aClientMissingAFieldIsRefusedByName() throws Exception {
        refused(
                send(
                        "POST",
                        "api/v1/clients",
                        ADMIN,
                        "{\"enterpriseIds\":[\"" + ENTERPRISE + "\"],\"firstName\":\"A\"}"),
                "lastName");
        refused(send("POST", "api/v1/clients", ADMIN, "{\"firstName\":\"A\",\"lastName\":\"B\"}"), "enterpriseIds");
        refused(
                send(
                        "POST",
                        "api/v1/clients",
                        ADMIN,
                        "{\"enterpriseIds\":[\"" + UUID.randomUUID() + "\"],"
                                + "\"firstName\":\"A\",\"lastName\":\"B\"}"),
                "enterpriseIds");
        refused(
                send(
                        "POST",
                        "api/v1/clients",
                        ADMIN,
                        "{\"enterpriseIds\":[\"" + ENTERPRISE + "\"],\"firstName\":\"A\","
                                + "\"lastName\":\"B\",\"portalAccess\":true}"),
                "userName");
        assertEquals(
                404,
                send("GET", "api/v1/clients/" + UUID.randomUUID(), ADMIN, null).statusCode());
    }

    @Test
    void aCiIsCreatedReadAndChangedWithItsETag() throws Exception {
        HttpResponse<String> created = createCi(ADMIN, "Test laptop " + UUID.randomUUID());
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        String etag = etag(created);
        JsonObject ci = json(created);
        assertTrue(location.endsWith("/api/v1/cis/" + ci.getString("id")), location);
        assertEquals(
                ci.getJsonObject("name").getString("en"),
                ci.getJsonObject("name").getString("fr"));
        assertEquals("Créé par un test", ci.getJsonObject("description").getString("fr"));
        assertEquals(CI_TYPE, ci.getString("typeId"));
        assertEquals(0, new BigDecimal("3.25").compareTo(new BigDecimal(customValue(ci, CF_DECIMAL))));
        assertEquals(etag, etag(send("GET", location, ADMIN, null)));

        HttpResponse<String> changed = send(
                "PATCH",
                location,
                ADMIN,
                "{\"name\":{\"fr\":\"Portable d'essai\"}," + "\"tags\":\"test,portable\",\"stateId\":null}",
                "If-Match",
                etag);
        assertEquals(200, changed.statusCode(), changed.body());
        String newEtag = etag(changed);
        assertNotEquals(etag, newEtag);
        assertEquals("Portable d'essai", json(changed).getJsonObject("name").getString("fr"));
        assertEquals(
                ci.getJsonObject("name").getString("en"),
                json(changed).getJsonObject("name").getString("en"));
        assertTrue(json(changed).isNull("stateId"));

        HttpResponse<String> stale = send("PATCH", location, ADMIN, "{\"tags\":\"lost\"}", "If-Match", etag);
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals(newEtag, json(stale).getString("currentETag"));
        assertEquals(428, send("PATCH", location, ADMIN, "{\"tags\":\"lost\"}").statusCode());

        refused(
                send(
                        "PATCH",
                        location,
                        ADMIN,
                        "{\"tags\":\"lost\",\"stateId\":\"" + UUID.randomUUID() + "\"}",
                        "If-Match",
                        newEtag),
                "stateId");
        refused(send("PATCH", location, ADMIN, "{\"ownerId\":\"nobody\"}", "If-Match", newEtag), "ownerId");
        refused(send("PATCH", location, ADMIN, "{\"name\":{\"en\":\"\"}}", "If-Match", newEtag), "name.en");
        refused(send("PATCH", location, ADMIN, "{\"name\":{\"de\":\"Laptop\"}}", "If-Match", newEtag), "name.de");
        refused(send("PATCH", location, ADMIN, "{\"active\":1}", "If-Match", newEtag), "active");
        refused(
                send(
                        "PATCH",
                        location,
                        ADMIN,
                        "{\"customFields\":{\"b13533a8-f807-499f-a55e-319023909727\":\"x\"}}",
                        "If-Match",
                        newEtag),
                "customFields.b13533a8-f807-499f-a55e-319023909727");
        assertEquals(newEtag, etag(send("GET", location, ADMIN, null)));

        refused(
                send(
                        "POST",
                        "api/v1/cis",
                        ADMIN,
                        "{\"folderId\":\"" + CI_FOLDER + "\",\"categoryId\":\"" + CI_CATEGORY + "\"}"),
                "name.en");
        refused(
                send("POST", "api/v1/cis", ADMIN, "{\"categoryId\":\"" + CI_CATEGORY + "\",\"name\":{\"en\":\"x\"}}"),
                "folderId");
    }

    @Test
    void aResourceWithoutRightsCannotCreateOrChange() throws Exception {
        String viewer = basic("viewer", "pax123");
        HttpResponse<String> client = createClient(viewer, "Forbidden");
        assertEquals(403, client.statusCode(), client.body());
        assertTrue(client.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(403, createCi(viewer, "Forbidden").statusCode());

        HttpResponse<String> ci = createCi(ADMIN, "Viewer cannot change " + UUID.randomUUID());
        HttpResponse<String> change = send(
                "PATCH",
                ci.headers().firstValue("Location").orElseThrow(),
                viewer,
                "{\"tags\":\"x\"}",
                "If-Match",
                etag(ci));
        assertEquals(403, change.statusCode(), change.body());
    }

    @Test
    void pagingReturnsEachClientAndCiOnce() throws Exception {
        String word = "Pg" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        Set<String> clients = new HashSet<>();
        Set<String> cis = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            clients.add(json(createClient(ADMIN, word + i)).getString("id"));
            cis.add(json(createCi(ADMIN, word + " CI " + i)).getString("id"));
        }
        assertEquals(clients, allPages("api/v1/clients?limit=3&q=" + word, 3));
        assertEquals(clients, allPages("api/v1/clients?limit=3&sort=lastModifiedOn&q=" + word, 3));
        assertEquals(
                cis,
                allPages("api/v1/cis?limit=3&q=" + URLEncoder.encode(word.toLowerCase(), StandardCharsets.UTF_8), 3));
        assertEquals(cis, allPages("api/v1/cis?limit=3&sort=ciNumber&direction=desc&q=" + word, 3));

        refused(send("GET", "api/v1/clients?cursor=garbage", ADMIN, null), "cursor");
        refused(send("GET", "api/v1/cis?limit=0", ADMIN, null), "limit");
        refused(send("GET", "api/v1/cis?sort=colour", ADMIN, null), "sort");
        refused(send("GET", "api/v1/clients?enterprise=nope", ADMIN, null), "enterprise");
    }

    private Set<String> allPages(String first, int expectedPages) throws Exception {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            HttpResponse<String> page = send("GET", first + (cursor == null ? "" : "&cursor=" + cursor), ADMIN, null);
            assertEquals(200, page.statusCode(), page.body());
            JsonObject body = json(page);
            body.getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .forEach(item -> assertTrue(seen.add(item.getString("id")), "twice: " + item));
            cursor = body.isNull("nextCursor") ? null : body.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(expectedPages, pages, first);
        return seen;
    }
}
