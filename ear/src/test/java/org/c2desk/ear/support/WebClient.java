package org.c2desk.ear.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client with its own cookie jar, for black-box tests of pages: it gets a page, fills a Faces form
 * (with the view state the page gave) and posts it, without following redirects so tests can see them.
 */
public final class WebClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;
    private final String language;

    public WebClient(URI base, String language) {
        this.base = base;
        this.language = language;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Accept-Language", language)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Follows redirects within the application, as a browser would. */
    public HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
        HttpResponse<String> current = response;
        for (int i = 0; i < 5 && current.statusCode() / 100 == 3; i++) {
            String location = current.headers().firstValue("Location").orElseThrow();
            current = http.send(
                    HttpRequest.newBuilder(current.uri().resolve(location))
                            .header("Accept-Language", language)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return current;
    }

    /** Posts the form {@code formId} of {@code page} with the given fields (ids relative to the form). */
    public HttpResponse<String> submit(
            HttpResponse<String> page, String formId, String buttonId, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new IllegalStateException("No view state in " + page.uri());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + buttonId, "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(page.uri())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", language)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
