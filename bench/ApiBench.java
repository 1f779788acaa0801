import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load for the C2 API, run by hand with the JDK alone (bench/api-bench.sh drives it):
 *
 *   java bench/ApiBench.java URL BODY_FILE CONCURRENCY CALLS
 *
 * POSTs BODY_FILE to URL CALLS times from CONCURRENCY threads (after a warm-up of 50 calls) and prints the rate and
 * the latency percentiles; a call counts only if it answers HTTP 200 with "Status":0.
 */
public class ApiBench {

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        String body = Files.readString(Path.of(args[1]));
        int concurrency = Integer.parseInt(args[2]);
        int calls = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(concurrency)).build();
        for (int i = 0; i < 50; i++) {
            call(http, url, body);
        }
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        AtomicInteger left = new AtomicInteger(calls);
        AtomicInteger failed = new AtomicInteger();
        List<Future<List<Long>>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            workers.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                while (left.getAndDecrement() > 0) {
                    long begin = System.nanoTime();
                    if (!call(http, url, body)) {
                        failed.incrementAndGet();
                    }
                    times.add(System.nanoTime() - begin);
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> w : workers) {
            all.addAll(w.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        System.out.printf("%-28s concurrency %2d  calls %5d  failed %d  %8.1f calls/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n",
                url.getPath(), concurrency, all.size(), failed.get(), all.size() / seconds,
                pct(all, 50), pct(all, 95), pct(all, 99));
        System.exit(0);
    }

    private static boolean call(HttpClient http, URI url, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 && r.body().startsWith("{\"Status\":0");
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
