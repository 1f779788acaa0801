package org.c2desk.ear.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the C2 API from outside, as an integrator's script would. */
public final class ApiClient {

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    public ApiClient(URI base) {
        this.base = base;
    }

    public record Answer(int httpStatus, JsonObject body) {
        public int status() {
            return body.getInt("Status");
        }

        public JsonObject data() {
            return body.getJsonObject("Data");
        }

        public String message() {
            return body.isNull("Message") ? null : body.getString("Message");
        }
    }

    public Answer post(String pathAndQuery, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)), json);
    }

    public Answer postBasic(String path, String json, String user, String password)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Basic " + token), json);
    }

    private Answer send(HttpRequest.Builder request, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return new Answer(response.statusCode(), reader.readObject());
        }
    }

    /** A request body kept as a test resource, verbatim from the C2 documentation. */
    public static String resource(String name) throws IOException {
        try (InputStream in = ApiClient.class.getResourceAsStream("/c2api/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource c2api/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
