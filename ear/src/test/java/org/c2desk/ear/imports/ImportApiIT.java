package org.c2desk.ear.imports;

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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.UUID;
import org.c2desk.ear.support.ClientCsv;
import org.c2desk.ear.support.Deployments;
import org.c2desk.ear.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** CSV imports through /api/v1/imports, called from outside as an operator's script would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.plain();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":pax123").getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> upload(String query, byte[] file, String disposition, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toString()).resolve("api/v1/imports" + query))
                .header("Authorization", basic(user))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file));
        if (disposition != null) {
            request.header("Content-Disposition", disposition);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> call(String method, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                        .header("Authorization", basic("admin"))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    JsonObject await(String id, String... statuses) throws Exception {
        long deadline = System.currentTimeMillis() + 240_000;
        JsonObject run = null;
        while (System.currentTimeMillis() < deadline) {
            run = json(call("GET", "api/v1/imports/" + id));
            if (java.util.Arrays.asList(statuses).contains(run.getString("status"))) {
                return run;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The import did not reach " + String.join("/", statuses) + ": " + run);
    }

    static long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        TestDatabase.url(TestDatabase.name()), TestDatabase.user(), TestDatabase.password());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void anUploadedFileIsImportedWithItsStatusAndReport() throws Exception {
        String tag = "api" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> started = upload(
                "?upsertKey=EMAIL",
                ClientCsv.file(tag, 1000, 100, 500, 900),
                "attachment; filename=\"clients é.csv\"; filename*=UTF-8''clients%20%C3%A9.csv",
                "admin");
        assertEquals(202, started.statusCode(), started.body());
        String location = started.headers().firstValue("Location").orElseThrow();
        String id = json(started).getString("id");
        assertTrue(location.endsWith("/api/v1/imports/" + id), location);
        assertEquals("clients é.csv", json(started).getString("fileName"));

        JsonObject done = await(id, "COMPLETED", "FAILED", "REFUSED");
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(1000, done.getInt("totalCount"));
        assertEquals(1000, done.getInt("readCount"));
        assertEquals(997, done.getInt("insertedCount"));
        assertEquals(3, done.getInt("rejectedCount"));
        assertEquals(100, done.getInt("percentDone"));
        assertTrue(done.getJsonNumber("rowsPerSecond").doubleValue() > 0, done.toString());
        assertEquals("EMAIL", done.getJsonObject("options").getString("upsertKey"));
        assertEquals(997L, count("select count(*) from client where external_id like '" + tag + "-%'"));

        HttpResponse<String> report = http.send(
                HttpRequest.newBuilder(URI.create(done.getString("reportHref")))
                        .header("Authorization", basic("admin"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, report.statusCode());
        assertTrue(report.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = report.body().split("\r\n");
        assertEquals("\uFEFFLine,Column,Value,Reason", lines[0]);
        assertEquals(4, lines.length, report.body());
        assertTrue(lines[1].startsWith("101,EmailAddress,not-an-address,"), lines[1]);
        assertTrue(lines[3].startsWith("901,"), lines[3]);

        assertTrue(call("GET", "api/v1/imports?limit=5").body().contains(id));
        assertEquals(400, call("POST", "api/v1/imports/" + id + "/stop").statusCode(), "not running");
        HttpResponse<String> restart = call("POST", "api/v1/imports/" + id + "/restart");
        assertEquals(400, restart.statusCode(), "a completed import is not restarted");
        assertTrue(restart.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void aStoppedImportRestartsAfterItsLastCommittedRowAndEndsWithEachRowOnce() throws Exception {
        String tag = "apistop" + UUID.randomUUID().toString().substring(0, 8);
        int rows = 60_000;
        HttpResponse<String> started =
                upload("", ClientCsv.file(tag, rows), "attachment; filename=\"big.csv\"", "admin");
        assertEquals(202, started.statusCode(), started.body());
        String id = json(started).getString("id");
        long deadline = System.currentTimeMillis() + 120_000;
        while (json(call("GET", "api/v1/imports/" + id)).getInt("lastRecord") == 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        HttpResponse<String> stop = call("POST", "api/v1/imports/" + id + "/stop");
        assertEquals(202, stop.statusCode(), stop.body());
        JsonObject stopped = await(id, "STOPPED", "COMPLETED", "FAILED");
        assertEquals(
                "STOPPED",
                stopped.getString("status"),
                "stopped before the end (raise the rows if it was too quick): " + stopped);
        assertTrue(stopped.getBoolean("restartable"));
        long committed = stopped.getJsonNumber("lastRecord").longValue();
        assertTrue(committed > 0 && committed < rows, stopped.toString());
        assertEquals(committed, count("select count(*) from client where external_id like '" + tag + "-%'"));

        HttpResponse<String> restarted = call("POST", "api/v1/imports/" + id + "/restart");
        assertEquals(202, restarted.statusCode(), restarted.body());
        JsonObject done = await(id, "COMPLETED", "FAILED", "STOPPED");
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(rows, done.getInt("insertedCount"));
        assertEquals(rows, count("select count(*) from client where external_id like '" + tag + "-%'"));
        assertEquals(
                rows, count("select count(distinct external_id) from client where external_id like '" + tag + "-%'"));
    }

    @Test
    void wrongRequestsAreRefusedAsProblems() throws Exception {
        byte[] small = ClientCsv.file("apibad", 2);
        HttpResponse<String> noName = upload("", small, null, "admin");
        assertEquals(400, noName.statusCode());
        assertEquals("Content-Disposition", json(noName).getString("field"));
        assertEquals(
                "upsertKey",
                json(upload("?upsertKey=PHONE", small, "attachment; filename=\"a.csv\"", "admin"))
                        .getString("field"));
        assertEquals(
                "encoding",
                json(upload("?encoding=latin9", small, "attachment; filename=\"a.csv\"", "admin"))
                        .getString("field"));
        assertEquals(
                "dryRun",
                json(upload("?dryRun=maybe", small, "attachment; filename=\"a.csv\"", "admin"))
                        .getString("field"));
        assertEquals(
                400,
                upload("", new byte[0], "attachment; filename=\"a.csv\"", "admin")
                        .statusCode(),
                "empty");
        HttpResponse<String> forbidden = upload("", small, "attachment; filename=\"a.csv\"", "viewer");
        assertEquals(403, forbidden.statusCode());
        assertTrue(forbidden.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(404, call("GET", "api/v1/imports/" + UUID.randomUUID()).statusCode());
        assertEquals(404, call("GET", "api/v1/imports/not-a-uuid").statusCode());
        assertEquals(
                401,
                http.send(
                                HttpRequest.newBuilder(
                                                URI.create(base.toString()).resolve("api/v1/imports"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode());
    }

    @Test
    void theTemplateIsServedAndADryRunWritesNothing() throws Exception {
        HttpResponse<String> template = call("GET", "api/v1/imports/template");
        assertEquals(200, template.statusCode());
        assertTrue(template.body().startsWith("\uFEFFFirstName,LastName,EmailAddress"), template.body());

        String tag = "apidry" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> started =
                upload("?dryRun=true", ClientCsv.file(tag, 50, 7), "attachment; filename=\"dry.csv\"", "admin");
        assertEquals(202, started.statusCode(), started.body());
        JsonObject done = await(json(started).getString("id"), "VALIDATED", "COMPLETED", "FAILED", "REFUSED");
        assertEquals("VALIDATED", done.getString("status"), done.toString());
        assertEquals(49, done.getInt("insertedCount"), "would be inserted");
        assertEquals(1, done.getInt("rejectedCount"));
        assertEquals(0L, count("select count(*) from client where external_id like '" + tag + "-%'"));
        assertTrue(call("GET", "openapi").body().contains("/api/v1/imports"));
    }

    @Test
    void aCiFileIsImportedWhenTheKindSaysSo() throws Exception {
        HttpResponse<String> template = call("GET", "api/v1/imports/template?kind=cis");
        assertEquals(200, template.statusCode());
        assertTrue(
                template.body().startsWith("\uFEFFCINumber,EnglishName,FrenchName,Folder,Category"), template.body());

        String tag = "apici" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "EnglishName,Folder,Category,Type,State,ExternalId\r\n"
                + tag + "-1,Servers,Hardware,Physical server,In service," + tag + "-1\r\n"
                + tag + "-2,Servers,Hardware,Router,In service," + tag + "-2\r\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        assertEquals(
                "UpsertKey",
                json(upload("?kind=cis&upsertKey=EMAIL", file, "attachment; filename=\"cis.csv\"", "admin"))
                        .getString("field"),
                "clients' keys are refused for CIs");

        HttpResponse<String> started =
                upload("?kind=cis&upsertKey=EXTERNAL_ID", file, "attachment; filename=\"cis.csv\"", "admin");
        assertEquals(202, started.statusCode(), started.body());
        assertEquals("cis", json(started).getString("kind"));
        JsonObject done = await(json(started).getString("id"), "COMPLETED", "FAILED", "REFUSED");
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(1, done.getInt("insertedCount"));
        assertEquals(1, done.getInt("rejectedCount"));
        assertEquals(1L, count("select count(*) from configuration_item where external_id like '" + tag + "-%'"));
        String report = call("GET", "api/v1/imports/" + done.getString("id") + "/report")
                .body();
        assertTrue(
                report.contains("3,Type,Router,Type: the CI type Router belongs to another category than Hardware"),
                report);
        HttpResponse<String> list = call("GET", "api/v1/imports?kind=cis&limit=5");
        assertEquals(200, list.statusCode());
        assertTrue(
                list.body().contains(done.getString("id")) && !list.body().contains("\"kind\":\"clients\""),
                list.body());
    }
}
