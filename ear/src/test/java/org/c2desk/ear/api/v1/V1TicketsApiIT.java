package org.c2desk.ear.api.v1;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
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

/** The REST API /api/v1 called from outside: tokens, ETags, problems, paging, communications, attachments. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class V1TicketsApiIT {

    private static final String ENTERPRISE = "04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46";
    private static final String INCIDENT = "10000000-0000-4000-8000-000000000001";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.plain();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(
            String method, String path, String auth, String contentType, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toString()).resolve(path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private String token() throws Exception {
        HttpResponse<String> issued = send(
                "POST", "api/v1/tokens", basic("admin", "pax123"), "application/json", "{\"name\":\"V1TicketsApiIT\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        String token = json(issued).getString("token");
        assertTrue(token.startsWith("c2d_"));
        return "Bearer " + token;
    }

    private HttpResponse<String> createTicket(String auth, String summary) throws Exception {
        return send(
                "POST",
                "api/v1/tickets",
                auth,
                "application/json",
                "{\"enterpriseId\":\"" + ENTERPRISE + "\",\"ticketTypeId\":\"" + INCIDENT + "\",\"summary\":\""
                        + summary + "\"}");
    }

    @Test
    void aTokenWorksUntilItIsRevoked() throws Exception {
        String auth = token();
        assertEquals(
                200, send("GET", "api/v1/tickets?limit=1", auth, null, null).statusCode());
        HttpResponse<String> list = send("GET", "api/v1/tokens", basic("admin", "pax123"), null, null);
        String tokenId = Json.createReader(new StringReader(list.body()))
                .readArray()
                .getJsonObject(0)
                .getString("id");
        assertEquals(
                200,
                send("DELETE", "api/v1/tokens/" + tokenId, basic("admin", "pax123"), null, null)
                        .statusCode());
        HttpResponse<String> refused = send("GET", "api/v1/tickets", auth, null, null);
        assertEquals(401, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.headers().allValues("WWW-Authenticate").stream().anyMatch(v -> v.startsWith("Bearer")));
        assertEquals(401, send("GET", "api/v1/tickets", null, null, null).statusCode());
    }

    @Test
    void patchNeedsTheCurrentETag() throws Exception {
        String auth = token();
        HttpResponse<String> created = createTicket(auth, "ETag test");
        assertEquals(201, created.statusCode(), created.body());
        String etag = created.headers().firstValue("ETag").orElseThrow();
        String location = created.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> changed = send(
                "PATCH",
                location,
                auth,
                "application/merge-patch+json",
                "{\"summary\":\"changed once\"}",
                "If-Match",
                etag);
        assertEquals(200, changed.statusCode(), changed.body());
        String newEtag = changed.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, newEtag);

        HttpResponse<String> stale = send(
                "PATCH",
                location,
                auth,
                "application/merge-patch+json",
                "{\"summary\":\"lost update\"}",
                "If-Match",
                etag);
        assertEquals(412, stale.statusCode());
        assertEquals(newEtag, json(stale).getString("currentETag"));
        assertEquals(
                "changed once", json(send("GET", location, auth, null, null)).getString("summary"));

        HttpResponse<String> noIfMatch = send("PATCH", location, auth, "application/json", "{\"summary\":\"x\"}");
        assertEquals(428, noIfMatch.statusCode());

        HttpResponse<String> badType =
                send("PATCH", location, auth, "application/json", "{\"dueDate\":\"tomorrow\"}", "If-Match", newEtag);
        assertEquals(400, badType.statusCode());
        assertTrue(badType.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("dueDate", json(badType).getString("field"));
        HttpResponse<String> notAString =
                send("PATCH", location, auth, "application/json", "{\"summary\":42}", "If-Match", newEtag);
        assertEquals("summary", json(notAString).getString("field"));
        assertEquals(
                newEtag,
                send("GET", location, auth, null, null)
                        .headers()
                        .firstValue("ETag")
                        .orElseThrow());
    }

    @Test
    void anOverLongSummaryIsRefusedNamingSummaryAndNothingIsWritten() throws Exception {
        String auth = token();
        String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String tooLong = word + " " + "x".repeat(500);

        HttpResponse<String> refused = createTicket(auth, tooLong);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("summary", json(refused).getString("field"));
        assertTrue(json(refused).getString("detail").startsWith("summary: at most 500"), refused.body());
        assertEquals(
                0,
                json(send("GET", "api/v1/tickets?q=" + word, auth, null, null))
                        .getJsonArray("items")
                        .size(),
                "no ticket opened");

        HttpResponse<String> created = createTicket(auth, "Over-long summary " + word);
        assertEquals(201, created.statusCode(), created.body());
        String etag = created.headers().firstValue("ETag").orElseThrow();
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> patched = send(
                "PATCH",
                location,
                auth,
                "application/merge-patch+json",
                "{\"summary\":\"" + tooLong + "\"}",
                "If-Match",
                etag);
        assertEquals(400, patched.statusCode(), patched.body());
        assertEquals("summary", json(patched).getString("field"));
        HttpResponse<String> after = send("GET", location, auth, null, null);
        assertEquals(etag, after.headers().firstValue("ETag").orElseThrow(), "nothing written");
        assertEquals("Over-long summary " + word, json(after).getString("summary"));
    }

    @Test
    void aSearchTextOverTwoHundredCharactersIsRefusedByName() throws Exception {
        String auth = token();
        for (String list : List.of("tickets", "clients", "cis")) {
            HttpResponse<String> refused = send("GET", "api/v1/" + list + "?q=" + "x".repeat(201), auth, null, null);
            assertEquals(400, refused.statusCode(), list + ": " + refused.body());
            assertEquals("q", json(refused).getString("field"), list);
            assertEquals(
                    200,
                    send("GET", "api/v1/" + list + "?q=" + "x".repeat(200), auth, null, null)
                            .statusCode(),
                    list);
        }
    }

    @Test
    void aResourceWithoutRightsCannotOpenTickets() throws Exception {
        HttpResponse<String> refused = createTicket(basic("viewer", "pax123"), "forbidden");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void pagingReturnsEachTicketOnce() throws Exception {
        String auth = token();
        String word = "paging" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            created.add(json(createTicket(auth, word + " ticket " + i)).getString("id"));
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            HttpResponse<String> page = send(
                    "GET",
                    "api/v1/tickets?limit=5&q=" + word + (cursor == null ? "" : "&cursor=" + cursor),
                    auth,
                    null,
                    null);
            assertEquals(200, page.statusCode(), page.body());
            JsonObject body = json(page);
            body.getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .forEach(t -> assertTrue(seen.add(t.getString("id")), "twice: " + t));
            cursor = body.isNull("nextCursor") ? null : body.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(created, seen);
        assertEquals(3, pages);
    }

    @Test
    void communicationsAndAttachmentsRoundTrip() throws Exception {
        String auth = token();
        String location =
                createTicket(auth, "files").headers().firstValue("Location").orElseThrow();
        HttpResponse<String> note = send(
                "POST",
                location + "/communications",
                auth,
                "application/json",
                "{\"isPublic\":false,\"body\":\"internal note\"}");
        assertEquals(201, note.statusCode(), note.body());
        String list =
                send("GET", location + "/communications", auth, null, null).body();
        assertTrue(list.contains("internal note"));

        byte[] bytes = new byte[70_000];
        new java.util.Random(7).nextBytes(bytes);
        HttpResponse<String> attached = http.send(
                HttpRequest.newBuilder(URI.create(location + "/attachments"))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/octet-stream")
                        .header("Content-Disposition", "attachment; filename=\"data.bin\"")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, attached.statusCode(), attached.body());
        String href = json(attached).getString("href");
        HttpResponse<byte[]> download = http.send(
                HttpRequest.newBuilder(URI.create(href))
                        .header("Authorization", auth)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(bytes, download.body());
        assertTrue(
                download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertTrue(
                send("GET", location + "/attachments", auth, null, null).body().contains("data.bin"));
    }

    @Test
    void aFileIsAttachedByAnHtmlFormUpload() throws Exception {
        String auth = token();
        String location = createTicket(auth, "form upload")
                .headers()
                .firstValue("Location")
                .orElseThrow();
        String boundary = "c2desk" + UUID.randomUUID().toString().replace("-", "");
        byte[] content = "Bonjour, été 🙂".getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
        form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"public\"\r\n\r\nfalse\r\n"
                        + "--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rapport été.txt\"\r\n"
                        + "Content-Type: text/plain\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        form.write(content);
        form.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> attached = http.send(
                HttpRequest.newBuilder(URI.create(location + "/attachments"))
                        .header("Authorization", auth)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, attached.statusCode(), attached.body());
        JsonObject attachment = json(attached);
        assertEquals("rapport été.txt", attachment.getString("fileName"));
        assertEquals(false, attachment.getBoolean("isPublic"));
        assertTrue(attachment.getString("contentType").startsWith("text/plain"));
        HttpResponse<byte[]> download = http.send(
                HttpRequest.newBuilder(URI.create(attachment.getString("href")))
                        .header("Authorization", auth)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertArrayEquals(content, download.body());

        HttpResponse<String> noFile = http.send(
                HttpRequest.newBuilder(URI.create(location + "/attachments"))
                        .header("Authorization", auth)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "--" + boundary + "\r\nContent-Disposition: form-data;"
                                        + " name=\"public\"\r\n\r\ntrue\r\n--" + boundary + "--\r\n"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, noFile.statusCode(), noFile.body());
        assertEquals("file", json(noFile).getString("field"));
    }

    @Test
    void theOpenApiDocumentDescribesTheRestApiOnly() throws Exception {
        HttpResponse<String> openapi = send("GET", "openapi", null, null, null);
        assertEquals(200, openapi.statusCode());
        for (String path : new String[] {
            "/api/v1/tickets",
            "/api/v1/clients",
            "/api/v1/clients/{id}",
            "/api/v1/cis",
            "/api/v1/cis/{id}",
            "/api/v1/tokens"
        }) {
            assertTrue(openapi.body().contains(path + ":"), path);
        }
        // The C2 API keeps the C2 product's own reference: none of its paths in this document.
        assertTrue(!openapi.body().contains("/API/"), "a C2 API path in /openapi");
    }

    @Test
    void theC2ApiAcceptsABearerToken() throws Exception {
        String auth = token();
        String id = json(createTicket(auth, "C2 API with a token")).getString("id");
        HttpResponse<String> got = send("POST", "API/Ticket/Get", auth, "application/json", "{\"Id\":\"" + id + "\"}");
        assertEquals(200, got.statusCode(), got.body());
        JsonObject envelope = json(got);
        assertEquals(0, envelope.getInt("Status"), got.body());
        assertEquals(id, envelope.getJsonObject("Data").getString("Id"));

        HttpResponse<String> wrong = send(
                "POST",
                "API/Ticket/Get",
                "Bearer c2d_" + "x".repeat(43),
                "application/json",
                "{\"Id\":\"" + id + "\"}");
        assertNotEquals(0, json(wrong).getInt("Status"), wrong.body());
        assertTrue(json(wrong).getString("Message").contains("token"), wrong.body());
        assertTrue(!wrong.body().contains("\"Data\":{"), wrong.body());
    }
}
