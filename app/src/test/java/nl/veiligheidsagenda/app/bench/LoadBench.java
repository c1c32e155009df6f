package nl.veiligheidsagenda.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.veiligheidsagenda.app.BenchSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load: N simulated users (virtual threads, the JDK's HttpClient) against the distribution in its own JVM, for a
 * bounded time. The users arrive at random over a ramp (see {@link #arrivals}), then all stay until the end. Each
 * signs in through the login form, then in turn opens the progress page (the dashboard), an
 * indicator page, and reads a goal's status and an indicator's figures through the JSON API, with a random pause
 * between requests; one user in ten is a theme owner who also saves a figure. A page request is the browser's
 * first request for the page: with {@code eagerServerLoad} the server builds the whole view for it. When a user
 * leaves a page for the next one, the bench sends what the browser sends on leaving it (Vaadin's client posts an
 * unload beacon on {@code pagehide}), so the server closes that page's UI as it would for a person. Prints
 * p50/p95/p99 per request type, the errors, the throughput and the processor time of the server and of the bench
 * itself (the bench's own JVM shares the machine: it must stay small beside the server's). Not a test:
 * bench/load.sh runs it.
 */
class LoadBench {

    private static final String OWNED_THEME = "digitaal";
    private static final String SAVED_INDICATOR = "digitaal.misdrijven-cybercrime-gedigitaliseerd";
    private static final String SAVED_SERIES = "cybercrime";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private final Map<String, ConcurrentLinkedQueue<Long>> timings = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> failedUsers = new ConcurrentLinkedQueue<>();

    @Test
    void measuresLatencyUnderLoad() throws Exception {
        int users = Integer.getInteger("bench.users", 200);
        Duration length = Duration.ofSeconds(Integer.getInteger("bench.seconds", 60));
        Duration ramp = Duration.ofSeconds(Integer.getInteger("bench.ramp", 60));
        int pauseMillis = Integer.getInteger("bench.pause", 2000);
        int owners = Math.max(1, users / 10);
        String password = "last-Wachtwoord-" + ThreadLocalRandom.current().nextInt(1_000_000);
        BenchSupport.createAccounts(data, users - owners, owners, OWNED_THEME, password);
        try (BenchSupport.Distribution app = BenchSupport.startDistribution(data);
             HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                     .followRedirects(HttpClient.Redirect.NEVER)
                     .executor(Executors.newVirtualThreadPerTaskExecutor()).build()) {
            User admin = new User(http, app, "reader", true);
            admin.signIn(BenchSupport.ADMIN, BenchSupport.adminPassword());
            Targets targets = Targets.of(JSON.readTree(admin.call("catalogue", HttpRequest.newBuilder(
                    URI.create(app.url("api/v1/catalogue"))).GET(), 200)));
            warmUp(admin, targets);
            timings.clear();
            errors.clear();
            errorSamples.clear();

            long started = System.nanoTime();
            long end = started + ramp.plus(length).toNanos();
            Duration serverCpuBefore = processorTime(app.pid());
            Duration benchCpuBefore = processorTime(ProcessHandle.current().pid());
            long[] arrivals = arrivals(users, ramp);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                boolean owner = i < owners;
                String name = owner ? BenchSupport.ownerName(i) : BenchSupport.readerName(i - owners);
                long startDelay = arrivals[i];
                threads.add(Thread.ofVirtual().start(() -> {
                    try {
                        Thread.sleep(startDelay);
                        User user = new User(http, app, owner ? "owner" : "reader", false);
                        user.signIn(name, password);
                        for (int step = 0; System.nanoTime() < end; step++) {
                            Thread.sleep(ThreadLocalRandom.current().nextInt(2 * pauseMillis + 1));
                            user.step(step, targets, owner);
                        }
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt();
                    } catch (Exception | AssertionError failed) {
                        failedUsers.add(name + ": " + failed);
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            print(users, owners, ramp, length, pauseMillis);
            printThroughputAndProcessors(took, processorTime(app.pid()).minus(serverCpuBefore),
                    processorTime(ProcessHandle.current().pid()).minus(benchCpuBefore));
            System.out.printf("%-22s %8s (pages the server still holds: one per user, if the beacons closed the"
                    + " pages the users left)%n", "open UIs at the end", openUis(http, app));
        }
    }

    private void warmUp(User admin, Targets targets) throws Exception {
        for (int i = 0; i < 30; i++) {
            admin.step(i, targets, true);
        }
    }

    /**
     * When each user arrives (milliseconds from the start): independently and at random, at a steady average rate
     * over the ramp (a Poisson process: exponential gaps, so some arrive close together), as people open the app
     * before a meeting; not all at the same instant, which no real use looks like.
     */
    static long[] arrivals(int users, Duration ramp) {
        long[] arrivals = new long[users];
        double meanGap = ramp.toMillis() / (double) users;
        double at = 0;
        for (int i = 0; i < users; i++) {
            at += -meanGap * Math.log(1 - ThreadLocalRandom.current().nextDouble());
            arrivals[i] = Math.min((long) at, ramp.toMillis());
        }
        return arrivals;
    }

    private void print(int users, int owners, Duration ramp, Duration length, int pauseMillis) {
        System.out.printf("%nload: %d users (%d owners) arriving over %d s, then %d s with all; pause 0-%d ms between"
                + " requests; load average %s%n", users, owners, ramp.toSeconds(), length.toSeconds(),
                2 * pauseMillis, loadAverage());
        System.out.printf("%-22s %8s %8s %8s %8s %8s %8s%n", "request", "count", "errors", "p50 ms", "p95 ms",
                "p99 ms", "max ms");
        timings.keySet().stream().sorted().forEach(type -> {
            List<Long> sorted = new ArrayList<>(timings.get(type));
            sorted.sort(null);
            System.out.printf("%-22s %8d %8d %8.1f %8.1f %8.1f %8.1f%n", type, sorted.size(),
                    errors.getOrDefault(type, new AtomicInteger()).get(), percentile(sorted, 50),
                    percentile(sorted, 95), percentile(sorted, 99), sorted.getLast() / 1e6);
        });
        int total = errors.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("%-22s %8d%n", "errors in total", total);
        System.out.printf("%-22s %8d%n", "users who stopped", failedUsers.size());
        errorSamples.stream().limit(5).forEach(error -> System.out.println("  error: " + error));
        failedUsers.stream().limit(5).forEach(error -> System.out.println("  stopped: " + error));
    }

    private void printThroughputAndProcessors(Duration took, Duration server, Duration bench) {
        long requests = timings.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
        double seconds = took.toMillis() / 1000.0;
        int processors = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "%-22s %8d in %.0f s: %.1f requests/s%n", "requests", requests, seconds,
                requests / seconds);
        System.out.printf(Locale.ROOT, "%-22s %8.1f s (%.0f %% of %d processors)%n", "server processor time",
                server.toMillis() / 1000.0, 100.0 * server.toMillis() / 1000.0 / seconds / processors, processors);
        System.out.printf(Locale.ROOT, "%-22s %8.1f s (%.0f %% of %d processors)%n", "bench processor time",
                bench.toMillis() / 1000.0, 100.0 * bench.toMillis() / 1000.0 / seconds / processors, processors);
    }

    /** The server's own count of attached UIs, from its metrics (this machine may read them). */
    private static String openUis(HttpClient http, BenchSupport.Distribution app) throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(URI.create(app.url("metrics"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return metrics.lines().filter(line -> line.startsWith("veiligheidsagenda_vaadin_uis"))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1)).findFirst().orElse("unknown");
    }

    /** User and system time of a process so far, from /proc (zero where there is none). */
    private static Duration processorTime(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
            return Duration.ofMillis(ticks * 10); // USER_HZ is 100 on Linux
        } catch (Exception unknown) {
            return Duration.ZERO;
        }
    }

    private static double percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (Exception unknown) {
            return "unknown";
        }
    }

    /** What the users ask for, from the catalogue: goal ids and indicator ids. */
    record Targets(List<String> goals, List<String> indicators) {

        static Targets of(JsonNode catalogue) {
            List<String> goals = new ArrayList<>();
            List<String> indicators = new ArrayList<>();
            for (JsonNode theme : catalogue.get("themes")) {
                for (JsonNode subject : theme.get("subjects")) {
                    for (JsonNode goal : subject.get("goals")) {
                        goals.add(goal.get("id").asText());
                        goal.get("indicators").forEach(indicator -> indicators.add(indicator.get("id").asText()));
                    }
                }
            }
            if (goals.isEmpty() || indicators.isEmpty()) {
                throw new IllegalStateException("the catalogue has no goals or indicators");
            }
            return new Targets(goals, indicators);
        }

        String any(List<String> ids) {
            return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
        }
    }

    /**
     * A page the user has open: what Vaadin's client sends in its unload beacon when the browser leaves the page
     * (the UI's id, the session's CSRF token, the last message ids), read from the page's inline data.
     */
    record OpenPage(int uiId, String csrfToken, int syncId, int clientId) {

        private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
        private static final Pattern TOKEN = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
        private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
        private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");

        static Optional<OpenPage> of(String page) {
            Matcher uiId = UI_ID.matcher(page);
            Matcher token = TOKEN.matcher(page);
            Matcher syncId = SYNC_ID.matcher(page);
            Matcher clientId = CLIENT_ID.matcher(page);
            if (!uiId.find() || !token.find() || !syncId.find() || !clientId.find()) {
                return Optional.empty();
            }
            return Optional.of(new OpenPage(Integer.parseInt(uiId.group(1)), token.group(1),
                    Integer.parseInt(syncId.group(1)), Integer.parseInt(clientId.group(1))));
        }

        String unloadBeacon() {
            return "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":[],\"syncId\":" + syncId + ",\"clientId\":"
                    + clientId + ",\"UNLOAD\":true}";
        }
    }

    /** One simulated person: a session cookie of their own, on the shared client's connections. */
    private final class User {

        private final HttpClient http;
        private final BenchSupport.Distribution app;
        private final String kind;
        private final boolean warmUp;
        private String cookie = "";
        private OpenPage open;

        User(HttpClient http, BenchSupport.Distribution app, String kind, boolean warmUp) {
            this.http = http;
            this.app = app;
            this.kind = kind;
            this.warmUp = warmUp;
        }

        void signIn(String username, String password) throws Exception {
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> response = send("sign-in", HttpRequest.newBuilder(URI.create(app.url("login")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", app.url("").replaceAll("/$", ""))
                    .POST(HttpRequest.BodyPublishers.ofString(form)), 302);
            if (response == null || response.headers().firstValue("Location").orElse("").contains("fout=")) {
                throw new IllegalStateException("sign-in of " + username + " failed");
            }
            cookie = response.headers().allValues("Set-Cookie").stream().map(value -> value.split(";", 2)[0])
                    .reduce((a, b) -> a + "; " + b).orElseThrow();
        }

        void step(int step, Targets targets, boolean owner) throws Exception {
            switch (step % (owner ? 5 : 4)) {
                case 0 -> openPage("page dashboard", "voortgang");
                case 1 -> openPage("page indicator", "indicator/" + targets.any(targets.indicators()));
                case 2 -> call("api goal status", get("api/v1/goals/" + targets.any(targets.goals())
                        + "/status?year=2024"), 200);
                case 3 -> call("api indicator values", get("api/v1/indicators/" + targets.any(targets.indicators())
                        + "/values"), 200);
                default -> call("api save figure", HttpRequest.newBuilder(URI.create(app.url("api/v1/indicators/"
                        + SAVED_INDICATOR + "/series/" + SAVED_SERIES + "/values/"
                        + (2023 + ThreadLocalRandom.current().nextInt(3)))))
                        .header("Content-Type", "application/json")
                        .header("Origin", app.url("").replaceAll("/$", ""))
                        .PUT(HttpRequest.BodyPublishers.ofString(String.format(Locale.ROOT,
                                "{\"value\": %.2f, \"status\": \"provisional\"}",
                                0.5 + ThreadLocalRandom.current().nextDouble(0.5)))), 200);
            }
        }

        /** Leaves the page open now (as the browser does), then loads the next one. */
        private void openPage(String type, String path) throws Exception {
            if (open != null) {
                call("page unload beacon", HttpRequest.newBuilder(URI.create(app.url("?v-r=uidl&v-uiId="
                        + open.uiId()))).header("Content-Type", "text/plain;charset=UTF-8")
                        .header("Origin", app.url("").replaceAll("/$", ""))
                        .POST(HttpRequest.BodyPublishers.ofString(open.unloadBeacon())), 200);
                open = null;
            }
            String page = call(type, get(path), 200);
            open = OpenPage.of(page).orElse(null);
            if (open == null && !page.isEmpty()) {
                record("page unload beacon", 0, false, "no UI id or token in the page of " + path);
            }
        }

        private HttpRequest.Builder get(String path) {
            return HttpRequest.newBuilder(URI.create(app.url(path))).GET();
        }

        String call(String type, HttpRequest.Builder request, int expected) throws Exception {
            HttpResponse<String> response = send(type, request.header("Cookie", cookie), expected);
            return response == null ? "" : response.body();
        }

        /** The response, or null when it failed (counted as an error of its type). */
        private HttpResponse<String> send(String type, HttpRequest.Builder request, int expected) throws Exception {
            long started = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException failed) {
                record(type, System.nanoTime() - started, false, failed.toString());
                return null;
            }
            boolean ok = response.statusCode() == expected;
            record(type, System.nanoTime() - started, ok, response.statusCode() + " " + type + " "
                    + response.uri().getPath());
            return ok ? response : null;
        }

        private void record(String type, long nanos, boolean ok, String what) {
            if (warmUp) {
                if (!ok) {
                    throw new IllegalStateException("warm-up request failed: " + what);
                }
                return;
            }
            String key = type.startsWith("sign-in") ? type + " (" + kind + ")" : type;
            timings.computeIfAbsent(key, k -> new ConcurrentLinkedQueue<>()).add(nanos);
            if (!ok) {
                errors.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                if (errorSamples.size() < 20) {
                    errorSamples.add(what);
                }
            }
        }
    }
}
