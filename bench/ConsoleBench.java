import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's ticket list as a browser drives it, run by hand with the JDK alone (bench/console-bench.sh drives
 * it):
 *
 *   java bench/ConsoleBench.java BASE USER PASSWORD REPETITIONS STATUS_ID QUEUE_ID WORD...
 *
 * Signs in through the form, GETs the list page, then times the Ajax POSTs PrimeFaces sends (the same parameters,
 * the page's ViewState) for: the first page, a page filtered by status, by queue, a page sorted by number, and a
 * full-text search for each WORD in turn. Prints p50/p95/p99 of each; a response counts only if it is a partial
 * response that holds the table's rows.
 */
public class ConsoleBench {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final URI base;
    private String page;
    private String viewState;

    ConsoleBench(URI base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        ConsoleBench bench = new ConsoleBench(URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/"));
        int repetitions = Integer.parseInt(args[3]);
        String status = args[4];
        String queue = args[5];
        List<String> words = List.of(args).subList(6, args.length);
        bench.signIn(args[1], args[2]);

        bench.run("first page", repetitions, i -> bench.paginate(0));
        bench.run("filtered by status", repetitions, i -> bench.filter("statusFilter", i % 2 == 0 ? status : ""));
        bench.run("filtered by queue", repetitions, i -> bench.filter("queueFilter", i % 2 == 0 ? queue : ""));
        bench.run("sorted by number", repetitions, i -> bench.sort("c2-col-number", i % 2 == 0 ? "1" : "-1"));
        bench.run("full-text search", repetitions, i -> bench.search(words.get(i % words.size())));
        System.exit(0);
    }

    interface Step {
        String call(int i) throws Exception;
    }

    /** A fresh view of the list for each kind of request, warm-up calls, then the timed ones. */
    void run(String name, int repetitions, Step step) throws Exception {
        openList();
        for (int i = 0; i < Math.min(10, repetitions); i++) {
            check(step.call(i));
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            long begin = System.nanoTime();
            String answer = step.call(i);
            times.add(System.nanoTime() - begin);
            check(answer);
        }
        Collections.sort(times);
        System.out.printf("console %-20s %4d requests  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n", name,
                times.size(), pct(times, 50), pct(times, 95), pct(times, 99));
    }

    void signIn(String user, String password) throws Exception {
        String login = get("console/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:userName", user);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState(login));
        String after = post("console/login.xhtml", form, false);
        if (after.contains("login:password")) {
            throw new IllegalStateException("sign-in refused for " + user);
        }
    }

    void openList() throws Exception {
        page = get("console/tickets.xhtml");
        viewState = viewState(page);
    }

    String paginate(int first) throws Exception {
        Map<String, String> p = ajax("list:tickets", "list:tickets", "list:tickets");
        p.put("list:tickets_pagination", "true");
        p.put("list:tickets_first", Integer.toString(first));
        p.put("list:tickets_rows", "25");
        p.put("list:tickets_skipChildren", "true");
        p.put("list:tickets_encodeFeature", "true");
        return post("console/tickets.xhtml", p, true);
    }

    String filter(String filter, String value) throws Exception {
        String id = clientId("select", filter);
        Map<String, String> p = ajax(id, id, "list:tickets");
        p.put("jakarta.faces.behavior.event", "change");
        p.put("jakarta.faces.partial.event", "change");
        p.put(id, value);
        return post("console/tickets.xhtml", p, true);
    }

    String sort(String columnClass, String direction) throws Exception {
        Matcher m = Pattern.compile("<th id=\"([^\"]+)\"[^>]*class=\"[^\"]*" + columnClass).matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no column " + columnClass);
        }
        Map<String, String> p = ajax("list:tickets", "list:tickets", "list:tickets");
        p.put("list:tickets_sorting", "true");
        p.put("list:tickets_skipChildren", "true");
        p.put("list:tickets_encodeFeature", "true");
        p.put("list:tickets_sortKey", m.group(1));
        p.put("list:tickets_sortDir", direction);
        return post("console/tickets.xhtml", p, true);
    }

    String search(String word) throws Exception {
        Map<String, String> p = ajax("list:searchButton", "list:searchButton list:q", "list:tickets list:bulk list:outcomes");
        p.put("list:searchButton", "list:searchButton");
        p.put("list:q", word);
        return post("console/tickets.xhtml", p, true);
    }

    private Map<String, String> ajax(String source, String execute, String render) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("jakarta.faces.partial.ajax", "true");
        p.put("jakarta.faces.source", source);
        p.put("jakarta.faces.partial.execute", execute);
        p.put("jakarta.faces.partial.render", render);
        p.put("list", "list");
        p.put("jakarta.faces.ViewState", viewState);
        return p;
    }

    private String clientId(String tag, String idPart) {
        Matcher m = Pattern.compile("<" + tag + " id=\"([^\"]*" + idPart + ")\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no " + tag + " " + idPart);
        }
        return m.group(1);
    }

    private static void check(String answer) {
        if (!answer.startsWith("<?xml") || !answer.contains("<partial-response") || answer.contains("<error>")
                || !answer.contains("list:tickets")) {
            throw new IllegalStateException("not the table's partial response: "
                    + answer.substring(0, Math.min(600, answer.length())));
        }
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": HTTP " + r.statusCode());
        }
        return r.body();
    }

    private String post(String path, Map<String, String> form, boolean ajax) throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no ViewState in the page");
        }
        return m.group(1);
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
