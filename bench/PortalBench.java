import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's pages as a signed-in client sees them, run by hand with the JDK alone (bench/portal-bench.sh drives it):
 *
 *   java bench/PortalBench.java BASE USER PASSWORD N WARMUP "name=/portal/page.xhtml?..." ...
 *
 * Signs in through the portal's sign-in form (GET the page, POST the form with its ViewState, keep the session
 * cookie), then GETs each page WARMUP times (not counted) and N times, one after the other, and prints p50, p95 and
 * p99 per page. A GET counts as failed unless it answers HTTP 200 with the signed-in header (not the sign-in page).
 */
public class PortalBench {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        String user = args[1];
        String password = args[2];
        int n = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        signIn(http, base, user, password);
        System.out.printf("%-36s %6s %6s %9s %9s %9s %9s%n", "page", "GETs", "failed", "p50 ms", "p95 ms", "p99 ms",
                "max ms");
        for (int i = 5; i < args.length; i++) {
            String name = args[i].substring(0, args[i].indexOf('='));
            URI uri = URI.create(base + args[i].substring(args[i].indexOf('=') + 1));
            for (int w = 0; w < warmup; w++) {
                get(http, uri);
            }
            List<Long> times = new ArrayList<>(n);
            int failed = 0;
            for (int k = 0; k < n; k++) {
                long begin = System.nanoTime();
                if (!get(http, uri)) {
                    failed++;
                }
                times.add(System.nanoTime() - begin);
            }
            Collections.sort(times);
            System.out.printf("%-36s %6d %6d %9.1f %9.1f %9.1f %9.1f%n", name, n, failed, pct(times, 50),
                    pct(times, 95), pct(times, 99), times.get(times.size() - 1) / 1e6);
        }
        System.exit(0);
    }

    private static void signIn(HttpClient http, String base, String user, String password) throws Exception {
        URI login = URI.create(base + "/portal/login.xhtml");
        String page = http.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("no ViewState on " + login);
        }
        String form = "login=login&login%3AuserName=" + enc(user) + "&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(state.group(1));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(login)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!answer.body().contains("id=\"header:logout\"")) {
            throw new IllegalStateException("sign-in as " + user + " failed: HTTP " + answer.statusCode());
        }
    }

    private static boolean get(HttpClient http, URI uri) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 && r.body().contains("id=\"header:logout\"");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
