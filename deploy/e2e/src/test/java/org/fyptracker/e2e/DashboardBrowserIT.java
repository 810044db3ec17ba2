package org.fyptracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The supervisors' dashboard (docs/dashboard.md) in a real browser: Debian's headless {@code chromium}, driven
 * by playwright-core (src/test/browser/dashboard.mjs) against the local stack. The stack gets one key project
 * with milestones (achieved, rescheduled, overdue, planned) and one indicator figure with a revision; the browser
 * then loads the public grid, signs in with the supervise demo client, reads the FZ-15 and GL-15 grids, drills into a part,
 * the project and the indicator, changes the as-of date, opens the attention list and a department, switches to
 * English, and runs axe-core on each page. This test compares what the browser read with the tracking API.
 *
 * <p>Installs {@code chromium} (and CJK fonts) with apt-get when missing, and playwright-core with npm.
 * Screenshots: {@code deploy/e2e/target/screenshots}; {@code -Ddashboard.docs-screenshots=true} also copies
 * them to {@code docs/img} for docs/dashboard.md.
 */
class DashboardBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String INDICATOR = "FZ-15.I04";

    private static LocalStack stack;
    private static Path browserDir;

    @BeforeAll
    static void startStack() throws Exception {
        long started = System.nanoTime();
        ensureChromium();
        browserDir = installDriver();
        System.out.printf("e2e: chromium and playwright-core ready after %d ms%n", millisSince(started));
        stack = new LocalStack("dashboard");
        deleteRecursively(stack.dataDir); // a fresh stack: the figures below count what this test seeds
        System.out.printf("e2e: dashboard stack healthy after %d ms%n", stack.up());
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.down();
        }
    }

    @Test
    void the_dashboard_shows_the_plan_grid_with_the_tracking_figures_and_drills_down_in_chromium() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String projectId = seed(today);
        String supervisor = stack.token("demo-supervise");
        LocalDate asOf = today.plusDays(60); // the rescheduled milestone is overdue by then

        Path screenshots = stack.repo.resolve("deploy/e2e/target/screenshots");
        deleteRecursively(screenshots);
        Path result = browserDir.resolve("result.json");
        Files.deleteIfExists(result);
        Files.deleteIfExists(browserDir.resolve("dashboard.log"));
        JsonNode client = stack.demoClients().get("demo-supervise");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DASHBOARD_URL", stack.gateway() + "/dashboard/");
        env.put("CHROMIUM", CHROMIUM.toString());
        env.put("CLIENT_ID", "demo-supervise");
        env.put("CLIENT_SECRET", client.get("clientSecret").asText());
        env.put("PROJECT_ID", projectId);
        env.put("PART", String.valueOf(partOf("FZ-15.C14", supervisor)));
        env.put("INDICATOR_CODE", INDICATOR);
        env.put("DEPARTMENT", "fz-transport");
        env.put("AS_OF", asOf.toString());
        env.put("SCREENSHOTS", screenshots.toString());
        env.put("RESULT", result.toString());
        long started = System.nanoTime();
        int exit = run(List.of("node", "dashboard.mjs"), browserDir, env, 300, browserDir.resolve("dashboard.log"));
        System.out.printf("e2e: browser session took %d ms%n", millisSince(started));
        assertThat(exit).as("dashboard.mjs (see " + browserDir.resolve("dashboard.log") + ")\n"
                + Files.readString(browserDir.resolve("dashboard.log"))).isZero();
        JsonNode seen = JSON.readTree(Files.readString(result));

        // The plan grid: 18 parts, each with the tracking API's figures, today and as of the later date.
        assertThat(seen.get("publicCards").asInt()).isEqualTo(18);
        // Without a sign-in: the same figures as the public API answers (no token), and the plan's 26 main indicators.
        assertThat(cards(seen.get("publicGrid"))).isEqualTo(cards(get("/api/v1/tracking/plans/FZ-15", null)));
        assertThat(seen.get("publicIndicatorRows").asInt()).isEqualTo(26);
        assertThat(seen.get("grid")).hasSize(18);
        assertThat(cards(seen.get("grid"))).isEqualTo(cards(get("/api/v1/tracking/plans/FZ-15", supervisor)));
        // each card shows the indicators the plan's text names in its part: part 16 (生态福地) names four
        assertThat(cards(seen.get("grid")).get(16).get(4)).isEqualTo(4);
        assertThat(cards(seen.get("gridAsOf"))).isEqualTo(cards(get("/api/v1/tracking/plans/FZ-15?asOf=" + asOf, supervisor)));
        assertThat(seen.get("glGrid")).hasSize(12).allSatisfy(card -> assertThat(card.get("level").asText()).isEqualTo("CHAPTER"));
        assertThat(cards(seen.get("glGrid"))).isEqualTo(cards(get("/api/v1/tracking/plans/GL-15", supervisor)));
        assertThat(seen.get("planProjects").asInt())
                .isEqualTo(get("/api/v1/tracking/plans/FZ-15", supervisor).path("projects").path("total").asInt());
        assertThat(seen.get("asOfNote").asText()).contains(asOf.toString());

        // Drilling down: the part, the project's timeline and history, the indicator's chart with the revision.
        assertThat(seen.path("part").path("heading").asText()).startsWith("第" + env.get("PART") + "篇");
        assertThat(seen.path("part").path("rows").asInt()).isEqualTo(seen.path("part").path("projects").asInt()).isPositive();
        assertThat(seen.path("project").path("timelineRows").asInt()).isEqualTo(4);
        assertThat(JSON.convertValue(seen.path("project").path("statuses"), List.class))
                .containsExactly("ACHIEVED", "AT_RISK", "OVERDUE", "NOT_STARTED");
        assertThat(JSON.convertValue(seen.path("projectAsOf").path("statuses"), List.class))
                .containsExactly("ACHIEVED", "OVERDUE", "OVERDUE", "NOT_STARTED");
        assertThat(seen.path("project").path("history").asInt()).isGreaterThanOrEqualTo(10);
        assertThat(seen.path("indicator").path("expectedLine").asInt()).isEqualTo(1);
        assertThat(seen.path("indicator").path("observedPoints").asInt()).isEqualTo(2); // the 2025 baseline and the final figure
        assertThat(seen.path("indicator").path("revisedPoints").asInt()).isEqualTo(1); // the preliminary one it replaced
        assertThat(seen.path("indicator").path("years").asInt()).isEqualTo(5);
        assertThat(seen.path("attentionRows").asInt())
                .isEqualTo(get("/api/v1/tracking/attention?size=500", supervisor).path("total").asInt());
        assertThat(seen.path("department").path("led").asInt()).isEqualTo(1);
        assertThat(seen.path("englishHeading").asText()).startsWith("Part");

        // Accessibility basics: axe-core (WCAG 2.1 A and AA: labels, contrast, names, structure) finds nothing on any page;
        // the keyboard reaches the skip link first and the sign-in button, with a visible focus outline.
        assertThat(seen.path("axe").size()).isEqualTo(7);
        seen.path("axe").fields().forEachRemaining(page -> assertThat(page.getValue()).as("axe on " + page.getKey()).isEmpty());
        assertThat(seen.path("firstTab").asText()).contains("Skip to content");
        assertThat(seen.path("focusOutline").asText()).doesNotStartWith("none");
        assertThat(seen.path("consoleErrors")).as("browser console errors").isEmpty();

        try (Stream<Path> shots = Files.list(screenshots)) {
            List<Path> pngs = shots.filter(p -> p.toString().endsWith(".png")).sorted().toList();
            assertThat(pngs).hasSizeGreaterThanOrEqualTo(12);
            if (Boolean.getBoolean("dashboard.docs-screenshots")) {
                Path docs = Files.createDirectories(stack.repo.resolve("docs/img"));
                for (Path png : pngs) {
                    Files.copy(png, docs.resolve("dashboard-" + png.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The number of the part that holds a chapter, from the plan catalog. */
    private static int partOf(String chapter, String token) throws Exception {
        for (JsonNode part : get("/api/v1/plans/" + chapter.substring(0, chapter.indexOf('.')), token).get("parts")) {
            for (JsonNode c : part.get("chapters")) {
                if (c.get("code").asText().equals(chapter)) {
                    return part.get("number").asInt();
                }
            }
        }
        throw new IllegalStateException("no part holds " + chapter);
    }

    /** Each card's figures, by part number: what the grid shows, or what the dashboard endpoint answers. */
    private static Map<Integer, List<Integer>> cards(JsonNode gridOrDashboard) {
        Map<Integer, List<Integer>> cards = new LinkedHashMap<>();
        if (gridOrDashboard.has("children")) {
            for (JsonNode row : gridOrDashboard.get("children")) {
                JsonNode m = row.get("milestones");
                cards.put(row.get("number").asInt(), List.of(row.path("projects").path("total").asInt(),
                        m.get("due").asInt(), m.get("achieved").asInt(), m.get("overdue").asInt(),
                        row.path("indicators").path("total").asInt(), row.path("indicators").path("bindingInAlarm").asInt()));
            }
        } else {
            for (JsonNode card : gridOrDashboard) {
                cards.put(card.get("number").asInt(), List.of(card.get("projects").asInt(), card.get("due").asInt(),
                        card.get("achieved").asInt(), card.get("overdue").asInt(), card.get("indicators").asInt(),
                        card.get("alarms").asInt()));
            }
        }
        return cards;
    }

    /**
     * One key project of the transport bureau in FZ-15 chapter 14 with four milestones (achieved; rescheduled and
     * behind; overdue; later), and a preliminary 2026 figure for FZ-15.I04 revised by the final one.
     */
    private static String seed(LocalDate today) throws Exception {
        String transport = stack.token("demo-report-fz-transport");
        String admin = stack.token("demo-admin");
        String projectId = post("/api/v1/projects", transport, """
                {"name":"福州都市圈轨道交通工程","planRef":"FZ-15.C14","leadDepartment":"fz-transport","coDepartments":["gl-gov"],
                 "plannedStart":"%s","plannedEnd":"%s","plannedInvestment":120}""".formatted(today.minusDays(270), today.plusDays(400)))
                .get("id").asText();
        String base = "/api/v1/projects/" + projectId + "/milestones";
        String started = milestone(base, transport, "一期开工", today.minusDays(200));
        String structure = milestone(base, transport, "主体结构封顶", today.minusDays(150));
        String tender = milestone(base, transport, "设备招标完成", today.minusDays(57));
        milestone(base, transport, "全线通车", today.plusDays(400));
        post(base + "/" + started + "/reports", transport, "{\"type\":\"STARTED\",\"reportedOn\":\"" + today.minusDays(230) + "\"}");
        post(base + "/" + started + "/reports", transport, "{\"type\":\"ACHIEVED\",\"reportedOn\":\"" + today.minusDays(202) + "\"}");
        post(base + "/" + structure + "/reports", transport, """
                {"type":"PROGRESS","percentComplete":40,"investmentCompleted":18.5,"narrative":"完成招标","reportedOn":"%s"}"""
                .formatted(today.minusDays(180)));
        post(base + "/" + structure + "/reschedule", transport,
                "{\"newDate\":\"" + today.plusDays(35) + "\",\"reason\":\"征地延迟\"}");
        post(base + "/" + tender + "/reports", transport, """
                {"type":"PROGRESS","percentComplete":20,"narrative":"编制招标文件","reportedOn":"%s"}""".formatted(today.minusDays(100)));

        send("PUT", "/api/v1/indicators/" + INDICATOR + "/responsibility", admin,
                "{\"departments\":[\"fz-transport\"],\"reason\":\"市政府分工\"}");
        String period = String.valueOf(Math.min(2030, today.getYear()));
        String reporter = stack.token("demo-report-fz-transport");
        post("/api/v1/indicators/" + INDICATOR + "/observations", reporter,
                "{\"period\":\"" + period + "\",\"value\":75.10,\"kind\":\"PRELIMINARY\",\"source\":\"市统计局快报\"}");
        post("/api/v1/indicators/" + INDICATOR + "/observations/" + period + "/revisions", reporter,
                "{\"value\":75.05,\"kind\":\"FINAL\",\"reason\":\"统计年鉴终值\"}");

        String supervisor = stack.token("demo-supervise");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode project = get("/api/v1/tracking/projects/" + projectId, supervisor);
            assertThat(project.path("milestones")).hasSize(4);
            assertThat(project.path("milestones").path(2).path("percentComplete").asInt()).isEqualTo(20);
            assertThat(get("/api/v1/tracking/indicators/" + INDICATOR, supervisor).path("observations").path(0).path("replaced"))
                    .hasSize(1);
        });
        return projectId;
    }

    private static String milestone(String base, String token, String title, LocalDate planned) throws Exception {
        return post(base, token, "{\"title\":\"" + title + "\",\"plannedDate\":\"" + planned + "\"}").get("id").asText();
    }

    private static JsonNode post(String path, String token, String body) throws Exception {
        return send("POST", path, token, body);
    }

    private static JsonNode send(String method, String path, String token, String body) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gateway() + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "dashboard-" + UUID.randomUUID())
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isBetween(200, 299);
        return answer.body().isBlank() ? JSON.nullNode() : JSON.readTree(answer.body());
    }

    /** @param token null for the public's read */
    private static JsonNode get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gateway() + path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as("GET " + path).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** Debian's chromium, and CJK fonts for the Chinese pages, installed with apt-get when missing (CI runs as root). */
    private static void ensureChromium() throws Exception {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add("chromium");
        }
        if (!Files.exists(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"))) {
            missing.add("fonts-noto-cjk");
        }
        if (missing.isEmpty()) {
            return;
        }
        System.out.println("e2e: installing " + missing + " with apt-get");
        Path log = Files.createDirectories(Path.of(System.getProperty("basedir", ".")).resolve("target")).resolve("apt-get.log");
        Map<String, String> env = Map.of("DEBIAN_FRONTEND", "noninteractive");
        List<String> sudo = "root".equals(System.getProperty("user.name")) ? List.of() : List.of("sudo", "-n");
        run(concat(sudo, List.of("apt-get", "update", "-qq")), Path.of("."), env, 600, log);
        List<String> install = concat(sudo, List.of("apt-get", "install", "-y", "-qq", "--no-install-recommends"));
        assertThat(run(concat(install, missing), Path.of("."), env, 900, log)).as("apt-get install " + missing + ", see " + log).isZero();
        assertThat(CHROMIUM).isExecutable();
    }

    /** playwright-core and axe-core from the npm registry (package-lock.json), beside the script, in target/browser. */
    private static Path installDriver() throws Exception {
        Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        Path source = module.resolve("src/test/browser");
        Path dir = Files.createDirectories(module.resolve("target/browser"));
        boolean current = Files.exists(dir.resolve("node_modules/playwright-core/package.json"))
                && Files.exists(dir.resolve("package-lock.json"))
                && Files.mismatch(source.resolve("package-lock.json"), dir.resolve("package-lock.json")) == -1;
        for (String file : List.of("package.json", "package-lock.json", "dashboard.mjs")) {
            Files.copy(source.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!current) {
            int exit = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"), dir, Map.of(), 300,
                    dir.resolve("npm.log"));
            assertThat(exit).as("npm ci in " + dir + ": " + Files.readString(dir.resolve("npm.log"))).isZero();
        }
        return dir;
    }

    private static int run(List<String> command, Path dir, Map<String, String> env, int timeoutSeconds, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish in " + timeoutSeconds + " s; see " + log);
        }
        return process.exitValue();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }
}
