package org.c2desk.ear.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.c2desk.ear.support.ApiClient;
import org.c2desk.ear.support.ApiClient.Answer;
import org.c2desk.ear.support.ClientCsv;
import org.c2desk.ear.support.Deployments;
import org.c2desk.ear.support.TestDatabase;
import org.c2desk.ear.support.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail from outside: writes through the C2 API and the REST API leave an entry with who, the
 * address, the channel and each field before and after; a refused write leaves none; the trail is read per object
 * with the object's own visibility; administrators manage another resource's API tokens, and that is audited too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTrailApiIT {

    /** Demo data: the enterprise "Selenium Tests", and another one, "Northwind Health". */
    private static final String ENTERPRISE = "04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46";

    private static final String OTHER_ENTERPRISE = "72000000-0000-4000-8000-000000000002";
    private static final String INCIDENT = "10000000-0000-4000-8000-000000000001";
    /** Demo data: CF Decimal, on the client form and on the CI type below. */
    private static final String CF_DECIMAL = "7";

    private static final String CI_FOLDER = "7b000000-0000-4000-8000-000000000004";
    private static final String CI_CATEGORY = "7b100000-0000-4000-8000-000000000003";
    private static final String CI_TYPE = "7b200000-0000-4000-8000-000000000009";
    /** What a caller claims in X-Forwarded-For: ignored, since no trusted proxy is configured. */
    private static final String FORGED = "203.0.113.66";

    private static final String ADMIN = basic("admin", "pax123");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.plain();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aC2ApiUpdatePropertyIsAuditedWithWhoWhereAndBeforeAfter() throws Exception {
        String ticket = id(created(send(
                "POST",
                "api/v1/tickets",
                ADMIN,
                "{\"enterpriseId\":\"" + ENTERPRISE + "\",\"ticketTypeId\":\"" + INCIDENT
                        + "\",\"summary\":\"Printer jams " + word() + "\"}")));
        String before = get("api/v1/tickets/" + ticket, ADMIN).getString("summary");

        Answer changed = api().postBasic(
                        "API/Ticket/UpdateProperty",
                        "{\"Id\":\"" + ticket + "\",\"PropertyName\":\"Summary\",\"Value\":\"Printer fixed\"}",
                        "agent.en",
                        "pax123");
        assertEquals(0, changed.status(), changed.message());

        List<JsonObject> trail =
                items(send("GET", "api/v1/tickets/" + ticket + "/audit", ADMIN, null, "X-Forwarded-For", FORGED));
        assertEquals(2, trail.size(), trail.toString());
        JsonObject update = trail.get(0);
        assertEquals("UPDATED", update.getString("action"));
        assertEquals("agent.en", update.getString("actor"));
        assertEquals("RESOURCE", update.getString("actorKind"));
        assertEquals("C2_API", update.getString("channel"));
        assertLoopback(update.getString("address"));
        assertEquals(List.of(change("Summary", before, "Printer fixed")), changes(update));
        JsonObject creation = trail.get(1);
        assertEquals("CREATED", creation.getString("action"));
        assertEquals("admin", creation.getString("actor"));
        assertEquals("REST_API", creation.getString("channel"));
        assertTrue(changes(creation).contains(change("Summary", null, before)), creation.toString());
    }

    @Test
    void aCommunicationIsAuditedByKindAndSubjectNotByItsText() throws Exception {
        String ticket = id(created(send(
                "POST",
                "api/v1/tickets",
                ADMIN,
                "{\"enterpriseId\":\"" + ENTERPRISE + "\",\"ticketTypeId\":\"" + INCIDENT + "\",\"summary\":\"Noted "
                        + word() + "\"}")));
        created(send(
                "POST",
                "api/v1/tickets/" + ticket + "/communications",
                basic("agent.en", "pax123"),
                "{\"isPublic\":false,\"subject\":\"Call back\",\"body\":\"secret internal text\"}"));

        JsonObject note = items(send("GET", "api/v1/tickets/" + ticket + "/audit", ADMIN, null))
                .get(0);
        assertEquals("COMMUNICATION_ADDED", note.getString("action"));
        assertEquals("agent.en", note.getString("actor"));
        assertEquals(
                List.of(change("Communication", null, "InternalNote"), change("Subject", null, "Call back")),
                changes(note));
        assertFalse(note.toString().contains("secret internal text"));
    }

    @Test
    void aRestPatchOfAClientIsAuditedFieldByFieldCustomFieldsIncluded() throws Exception {
        String lastName = "Audit" + word();
        HttpResponse<String> created = send(
                "POST",
                "api/v1/clients",
                ADMIN,
                "{\"enterpriseIds\":[\"" + ENTERPRISE
                        + "\"],\"firstName\":\"Zoé\",\"lastName\":\"" + lastName + "\",\"customFields\":{\""
                        + CF_DECIMAL
                        + "\":\"12.5\"}}");
        String client = id(created(created));

        HttpResponse<String> patched = send(
                "PATCH",
                "api/v1/clients/" + client,
                basic("agent.fr", "pax123"),
                "{\"lastName\":\"Lefèvre\",\"city\":\"Québec\",\"customFields\":{\"" + CF_DECIMAL + "\":\"4.25\"}}",
                "If-Match",
                etag(created),
                "X-Forwarded-For",
                FORGED);
        assertEquals(200, patched.statusCode(), patched.body());

        JsonObject update = items(send("GET", "api/v1/clients/" + client + "/audit", ADMIN, null))
                .get(0);
        assertEquals("UPDATED", update.getString("action"));
        assertEquals("agent.fr", update.getString("actor"));
        assertEquals("REST_API", update.getString("channel"));
        assertLoopback(update.getString("address"));
        List<JsonObject> changes = update.getJsonArray("changes").getValuesAs(JsonObject.class);
        assertEquals(change("LastName", lastName, "Lefèvre"), plain(changes.get(0)));
        assertEquals(change("City", null, "Québec"), plain(changes.get(1)));
        JsonObject custom = changes.get(2);
        assertEquals("CustomField" + CF_DECIMAL, custom.getString("field"));
        assertEquals("CF Decimal", custom.getString("label"));
        assertEquals(0, new BigDecimal("12.5").compareTo(new BigDecimal(custom.getString("before"))));
        assertEquals(0, new BigDecimal("4.25").compareTo(new BigDecimal(custom.getString("after"))));
        assertEquals(3, changes.size(), "unchanged fields are not listed: " + changes);
    }

    @Test
    void aRestPatchOfACiIsAudited() throws Exception {
        HttpResponse<String> created = send(
                "POST",
                "api/v1/cis",
                ADMIN,
                "{\"folderId\":\"" + CI_FOLDER
                        + "\",\"categoryId\":\"" + CI_CATEGORY + "\",\"typeId\":\"" + CI_TYPE
                        + "\",\"name\":{\"en\":\"Audited "
                        + word() + "\"},\"tags\":\"before\",\"customFields\":{\"" + CF_DECIMAL + "\":\"3.25\"}}");
        String ci = id(created(created));

        HttpResponse<String> patched = send(
                "PATCH",
                "api/v1/cis/" + ci,
                basic("agent.en", "pax123"),
                "{\"tags\":\"after\",\"active\":false}",
                "If-Match",
                etag(created));
        assertEquals(200, patched.statusCode(), patched.body());

        List<JsonObject> trail = items(send("GET", "api/v1/cis/" + ci + "/audit", ADMIN, null));
        JsonObject update = trail.get(0);
        assertEquals("UPDATED", update.getString("action"));
        assertEquals("agent.en", update.getString("actor"));
        assertEquals("REST_API", update.getString("channel"));
        assertLoopback(update.getString("address"));
        assertEquals(
                Set.of(change("IsActive", "true", "false"), change("Tags", "before", "after")),
                new HashSet<>(changes(update)));
        assertEquals("CREATED", trail.get(1).getString("action"));
    }

    @Test
    void aRefusedWriteLeavesNoAuditEntry() throws Exception {
        HttpResponse<String> created = send(
                "POST",
                "api/v1/clients",
                ADMIN,
                "{\"enterpriseIds\":[\"" + ENTERPRISE + "\"],\"firstName\":\"Refused\",\"lastName\":\"Audit" + word()
                        + "\"}");
        String client = id(created(created));
        String audit = "api/v1/clients/" + client + "/audit";
        assertEquals(1, items(send("GET", audit, ADMIN, null)).size(), "its creation");

        // A refused value, a stale version, no permission: nothing changes, nothing is recorded.
        assertEquals(
                400,
                send(
                                "PATCH",
                                "api/v1/clients/" + client,
                                ADMIN,
                                "{\"city\":\"Laval\",\"emailAddress\":\"not an address\"}",
                                "If-Match",
                                etag(created))
                        .statusCode());
        assertEquals(
                412,
                send("PATCH", "api/v1/clients/" + client, ADMIN, "{\"city\":\"Laval\"}", "If-Match", "\"999\"")
                        .statusCode());
        assertEquals(
                403,
                send(
                                "PATCH",
                                "api/v1/clients/" + client,
                                basic("viewer", "pax123"),
                                "{\"city\":\"Laval\"}",
                                "If-Match",
                                etag(created))
                        .statusCode());
        Answer viewer = api().postBasic(
                        "API/Clients/UpdateProperty",
                        "{\"Id\":\"" + client + "\",\"PropertyName\":\"City\",\"Value\":\"Laval\"}",
                        "viewer",
                        "pax123");
        assertNotEquals(0, viewer.status());
        // A change to the same value is no change.
        assertEquals(
                200,
                send(
                                "PATCH",
                                "api/v1/clients/" + client,
                                ADMIN,
                                "{\"firstName\":\"Refused\"}",
                                "If-Match",
                                etag(created))
                        .statusCode());

        List<JsonObject> trail = items(send("GET", audit, ADMIN, null));
        assertEquals(1, trail.size(), trail.toString());
        assertEquals("CREATED", trail.get(0).getString("action"));
    }

    @Test
    void theTrailIsReadWithTheObjectsOwnVisibility() throws Exception {
        String word = word();
        String outsider = restrictedAgent(word, OTHER_ENTERPRISE);
        String auth = basic(outsider, "pax123");
        String client = id(created(send(
                "POST",
                "api/v1/clients",
                ADMIN,
                "{\"enterpriseIds\":[\"" + ENTERPRISE + "\"],\"firstName\":\"Hidden\",\"lastName\":\"Audit" + word
                        + "\"}")));
        String ticket = id(created(send(
                "POST",
                "api/v1/tickets",
                ADMIN,
                "{\"enterpriseId\":\"" + ENTERPRISE + "\",\"ticketTypeId\":\"" + INCIDENT + "\",\"summary\":\"Hidden "
                        + word + "\"}")));
        String ci = id(created(send(
                "POST",
                "api/v1/cis",
                ADMIN,
                "{\"folderId\":\"" + CI_FOLDER + "\",\"categoryId\":\"" + CI_CATEGORY + "\",\"name\":{\"en\":\"Hidden "
                        + word + "\"}}")));
        execute("insert into ci_enterprise (ci_id, enterprise_id) values (?::uuid, ?::uuid)", ci, ENTERPRISE);
        String own = id(created(send(
                "POST",
                "api/v1/clients",
                ADMIN,
                "{\"enterpriseIds\":[\"" + OTHER_ENTERPRISE + "\"],\"firstName\":\"Visible\",\"lastName\":\"Audit"
                        + word + "\"}")));

        for (String path : List.of(
                "clients/" + client,
                "tickets/" + ticket,
                "cis/" + ci,
                "clients/" + UUID.randomUUID(),
                "tickets/not-an-id")) {
            HttpResponse<String> hidden = send("GET", "api/v1/" + path + "/audit", auth, null);
            assertEquals(404, hidden.statusCode(), path + ": " + hidden.body());
            assertTrue(hidden.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertFalse(hidden.body().contains("Hidden"), hidden.body());
        }
        assertEquals(200, send("GET", "api/v1/clients/" + client, ADMIN, null).statusCode(), "it exists");
        assertEquals(404, send("GET", "api/v1/clients/" + client, auth, null).statusCode(), "as reading it does");
        assertEquals(
                1,
                items(send("GET", "api/v1/clients/" + own + "/audit", auth, null))
                        .size(),
                "the outsider reads the trail of a client of their own enterprise");
        assertEquals(
                401,
                send("GET", "api/v1/clients/" + own + "/audit", basic("clientapi", "pax123"), null)
                        .statusCode(),
                "a portal client is no API caller");
    }

    @Test
    void theTrailIsPagedWithACursor() throws Exception {
        HttpResponse<String> created = send(
                "POST",
                "api/v1/clients",
                ADMIN,
                "{\"enterpriseIds\":[\"" + ENTERPRISE + "\"],\"firstName\":\"Paged\",\"lastName\":\"Audit" + word()
                        + "\"}");
        String client = id(created(created));
        String etag = etag(created);
        for (String city : List.of("Laval", "Lévis", "Gatineau")) {
            HttpResponse<String> patched =
                    send("PATCH", "api/v1/clients/" + client, ADMIN, "{\"city\":\"" + city + "\"}", "If-Match", etag);
            assertEquals(200, patched.statusCode(), patched.body());
            etag = etag(patched);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = json(send(
                    "GET",
                    "api/v1/clients/" + client + "/audit?limit=3" + (cursor == null ? "" : "&cursor=" + cursor),
                    ADMIN,
                    null));
            page.getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .forEach(e -> seen.add(e.getString("action") + ":"
                            + (e.getJsonArray("changes").isEmpty()
                                    ? ""
                                    : text(e.getJsonArray("changes").getJsonObject(0), "after"))));
            cursor = page.isNull("nextCursor") ? null : page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(List.of("UPDATED:Gatineau", "UPDATED:Lévis", "UPDATED:Laval"), seen.subList(0, 3));
        assertEquals(4, seen.size(), seen.toString());
        assertEquals(
                400,
                send("GET", "api/v1/clients/" + client + "/audit?cursor=bogus", ADMIN, null)
                        .statusCode());
    }

    @Test
    void anAdministratorManagesAnotherResourcesTokensAndItIsAudited() throws Exception {
        String agent = resourceId("agent.en");
        HttpResponse<String> issued = send(
                "POST", "api/v1/resources/" + agent + "/tokens", ADMIN, "{\"name\":\"AuditTrailApiIT for agent.en\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        JsonObject created = json(issued);
        String tokenId = created.getJsonObject("info").getString("id");
        String bearer = "Bearer " + created.getString("token");
        assertEquals("agent.en", created.getJsonObject("info").getString("resourceUserName"));

        // The token is agent.en's: it lists agent.en's own tokens.
        assertTrue(send("GET", "api/v1/tokens", bearer, null).body().contains(tokenId));
        assertTrue(send("GET", "api/v1/resources/" + agent + "/tokens", ADMIN, null)
                .body()
                .contains(tokenId));

        // Another resource without administration is refused, whatever it tries.
        String other = basic("agent.fr", "pax123");
        assertEquals(
                403,
                send("GET", "api/v1/resources/" + agent + "/tokens", other, null)
                        .statusCode());
        assertEquals(
                403,
                send("POST", "api/v1/resources/" + agent + "/tokens", other, "{\"name\":\"x\"}")
                        .statusCode());
        assertEquals(
                403,
                send("DELETE", "api/v1/resources/" + agent + "/tokens/" + tokenId, other, null)
                        .statusCode());
        assertEquals(
                403,
                send("GET", "api/v1/resources/" + agent + "/audit", other, null).statusCode());
        assertEquals(
                403,
                send("GET", "api/v1/resources/" + UUID.randomUUID() + "/tokens", other, null)
                        .statusCode(),
                "refused before looking, so ids cannot be probed");
        assertEquals(
                404,
                send("GET", "api/v1/resources/" + UUID.randomUUID() + "/tokens", ADMIN, null)
                        .statusCode());
        assertEquals(200, send("GET", "api/v1/tickets?limit=1", bearer, null).statusCode(), "still valid");

        HttpResponse<String> revoked = send("DELETE", "api/v1/resources/" + agent + "/tokens/" + tokenId, ADMIN, null);
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals(401, send("GET", "api/v1/tickets?limit=1", bearer, null).statusCode());

        List<JsonObject> trail = items(send("GET", "api/v1/resources/" + agent + "/audit", ADMIN, null));
        JsonObject revocation = trail.get(0);
        JsonObject creation = trail.get(1);
        assertEquals("TOKEN_REVOKED", revocation.getString("action"));
        assertEquals("TOKEN_CREATED", creation.getString("action"));
        for (JsonObject entry : List.of(revocation, creation)) {
            assertEquals("admin", entry.getString("actor"));
            assertEquals("REST_API", entry.getString("channel"));
            assertTrue(changes(entry).contains(change("TokenId", null, tokenId)), entry.toString());
            assertFalse(entry.toString().contains(created.getString("token")), "never the secret");
        }
    }

    @Test
    void theTicketHistoryBeforeTheAuditTrailIsKept() throws Exception {
        // The demo's history was written to ticket_history, which the migration turned into the audit trail.
        String[] row =
                firstRow("select h.ticket_id::text, h.field_name, h.new_value, h.changed_by from ticket_history h"
                        + " where h.field_name = 'Status' order by h.changed_on limit 1");
        List<JsonObject> trail = items(send("GET", "api/v1/tickets/" + row[0] + "/audit?limit=200", ADMIN, null));
        assertTrue(
                trail.stream()
                        .anyMatch(e -> e.isNull("channel")
                                && e.getString("actor").equals(row[3])
                                && changes(e).stream()
                                        .anyMatch(
                                                c -> c.get("field").equals("Status") && row[2].equals(c.get("after")))),
                trail.toString());
    }

    @Test
    void theConsoleShowsTheHistoryOfAClientAndOfACi() throws Exception {
        HttpResponse<String> created = send(
                "POST",
                "api/v1/clients",
                ADMIN,
                "{\"enterpriseIds\":[\"" + ENTERPRISE + "\"],\"firstName\":\"Shown\",\"lastName\":\"Audit" + word()
                        + "\"}");
        String client = id(created(created));
        assertEquals(
                200,
                send("PATCH", "api/v1/clients/" + client, ADMIN, "{\"city\":\"Rimouski\"}", "If-Match", etag(created))
                        .statusCode());
        String ci = id(created(send(
                "POST",
                "api/v1/cis",
                ADMIN,
                "{\"folderId\":\"" + CI_FOLDER
                        + "\",\"categoryId\":\"" + CI_CATEGORY + "\",\"name\":{\"en\":\"Shown " + word() + "\"},"
                        + "\"tags\":\"rack-42\"}")));

        for (String language : List.of("en", "fr")) {
            WebClient browser = new WebClient(base.toURI(), language);
            browser.follow(browser.submit(
                    browser.get("console/login.xhtml"),
                    "login",
                    "submit",
                    Map.of("userName", language.equals("en") ? "admin" : "agent.fr", "password", "pax123")));
            String clientPage = browser.get("console/client.xhtml?id=" + client).body();
            String ciPage = browser.get("console/ci.xhtml?id=" + ci).body();
            String history = language.equals("en") ? "History" : "Historique";
            String channel = language.equals("en") ? "REST API" : "API REST";
            assertTrue(clientPage.contains("<h2>" + history + "</h2>"), language);
            assertTrue(clientPage.contains("Rimouski") && clientPage.contains(channel), language);
            assertTrue(ciPage.contains("<h2>" + history + "</h2>") && ciPage.contains("rack-42"), language);
            assertTrue(ciPage.contains(language.equals("en") ? "Created" : "Création"), language);
        }
    }

    @Test
    void anImportedClientIsAuditedAsWrittenByTheImport() throws Exception {
        String tag = "audit" + word();
        HttpResponse<String> started = http.send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/v1/imports"))
                        .header("Authorization", ADMIN)
                        .header("Content-Type", "text/csv")
                        .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(ClientCsv.file(tag, 2)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, started.statusCode(), started.body());
        String run = json(started).getString("id");
        String status = "";
        for (long deadline = System.currentTimeMillis() + 240_000;
                System.currentTimeMillis() < deadline
                        && !List.of("COMPLETED", "FAILED", "REFUSED").contains(status);
                Thread.sleep(250)) {
            status = get("api/v1/imports/" + run, ADMIN).getString("status");
        }
        assertEquals("COMPLETED", status);
        String client = firstRow("select id::text from client where external_id = '" + tag + "-2'")[0];

        List<JsonObject> trail = items(send("GET", "api/v1/clients/" + client + "/audit", ADMIN, null));
        assertEquals(1, trail.size(), trail.toString());
        assertEquals("CREATED", trail.get(0).getString("action"));
        assertEquals("IMPORT", trail.get(0).getString("channel"));
        assertEquals("admin", trail.get(0).getString("actor"));
        assertTrue(changes(trail.get(0)).contains(change("ImportRun", null, run)), trail.toString());
    }

    @Test
    void theOpenApiDocumentDescribesTheAuditAndTokenEndpoints() throws Exception {
        String openapi = send("GET", "openapi", null, null).body();
        for (String path : List.of(
                "/api/v1/tickets/{id}/audit",
                "/api/v1/clients/{id}/audit",
                "/api/v1/cis/{id}/audit",
                "/api/v1/resources/{id}/audit",
                "/api/v1/resources/{id}/tokens",
                "/api/v1/resources/{id}/tokens/{tokenId}")) {
            assertTrue(openapi.contains(path + ":"), path);
        }
        assertTrue(openapi.contains("AuditEntry"), "its schema");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String word() {
        return UUID.randomUUID().toString().substring(0, 8);
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

    private ApiClient api() throws Exception {
        return new ApiClient(base.toURI());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private JsonObject get(String path, String auth) throws Exception {
        HttpResponse<String> response = send("GET", path, auth, null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return response;
    }

    private static String id(HttpResponse<String> response) {
        return json(response).getString("id");
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static List<JsonObject> items(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return json(response).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static Map<String, String> change(String field, String before, String after) {
        Map<String, String> change = new java.util.HashMap<>();
        change.put("field", field);
        change.put("before", before);
        change.put("after", after);
        return change;
    }

    private static Map<String, String> plain(JsonObject change) {
        assertTrue(change.isNull("label"), "a system field has no label: " + change);
        return change(change.getString("field"), text(change, "before"), text(change, "after"));
    }

    private static List<Map<String, String>> changes(JsonObject entry) {
        JsonArray array = entry.getJsonArray("changes");
        return array.getValuesAs(JsonObject.class).stream()
                .map(c -> change(c.getString("field"), text(c, "before"), text(c, "after")))
                .toList();
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : object.getString(name);
    }

    private static void assertLoopback(String address) throws Exception {
        assertNotEquals(FORGED, address, "X-Forwarded-For is not trusted without a configured proxy");
        assertTrue(InetAddress.getByName(address).isLoopbackAddress(), address);
    }

    /** A new resource whose group sees one enterprise only, with the demo password and the right to edit. */
    private static String restrictedAgent(String word, String enterprise) throws Exception {
        String group = UUID.randomUUID().toString();
        String resource = UUID.randomUUID().toString();
        String userName = "audit.outsider." + word;
        execute(
                "insert into security_group (id, code, english_name, french_name) values (?::uuid, ?, 'Outsiders',"
                        + " 'Externes')",
                group,
                "OUTSIDERS_" + word);
        execute("insert into group_enterprise (group_id, enterprise_id) values (?::uuid, ?::uuid)", group, enterprise);
        execute("insert into group_permission (group_id, permission) values (?::uuid, 'CLIENT_EDIT')", group);
        execute(
                "insert into resource (id, user_name, first_name, last_name, password_hash, enterprise_id, created_by,"
                        + " last_modified_by) select ?::uuid, ?, 'Out', 'Sider', password_hash, ?::uuid, 'AuditTrailApiIT', 'AuditTrailApiIT'"
                        + " from resource where user_name = 'agent.en'",
                resource,
                userName,
                enterprise);
        execute("insert into group_member (group_id, resource_id) values (?::uuid, ?::uuid)", group, resource);
        return userName;
    }

    private static String resourceId(String userName) throws Exception {
        return firstRow("select id::text from resource where user_name = '" + userName + "'")[0];
    }

    private static String[] firstRow(String sql) throws Exception {
        try (Connection db = connection();
                PreparedStatement statement = db.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            assertTrue(rows.next(), sql);
            String[] row = new String[rows.getMetaData().getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = rows.getString(i + 1);
            }
            return row;
        }
    }

    private static void execute(String sql, String... parameters) throws Exception {
        try (Connection db = connection();
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static Connection connection() throws Exception {
        return DriverManager.getConnection(
                TestDatabase.url(TestDatabase.name()), TestDatabase.user(), TestDatabase.password());
    }
}
