package org.fyptracker.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU time of one process by kind of thread over an interval: which of a JVM's threads (request threads, an event
 * processor, the Kafka client, the collector, the JIT) a report's milliseconds went to. The ticks come from
 * /proc/&lt;pid&gt;/task (exact at both ends of the interval); the names from one {@code jcmd Thread.print} at
 * the end, since the kernel keeps only the first 15 characters of a thread's name ({@code EventProcessor[} for
 * every processor). Threads that ended inside the interval are not counted.
 */
final class ThreadCpu {

    private static final double MILLIS_PER_TICK = 10.0; // USER_HZ 100 on Linux
    private static final Pattern THREAD_LINE = Pattern.compile("^\"(.*)\".*\\bnid=0x([0-9a-f]+)");
    private static final Pattern JIT = Pattern.compile("C[12] CompilerThread#");
    private static final Pattern NUMBERS = Pattern.compile("(?<![A-Za-z])\\d+|\\d+$");

    private ThreadCpu() {
    }

    /** Per thread id: CPU ticks so far (user and kernel), and the kernel's short name. */
    record Ticks(Map<Long, Long> ticks, Map<Long, String> shortNames) {
    }

    static Ticks ticks(long pid) {
        Map<Long, Long> ticks = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    long[] cpu = Footprint.cpuTicksOf(stat);
                    long tid = Long.parseLong(task.getFileName().toString());
                    ticks.put(tid, cpu[0] + cpu[1]);
                    names.put(tid, stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
                } catch (IOException | RuntimeException e) {
                    // the thread ended while we read
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
        return new Ticks(ticks, names);
    }

    /** Full thread names by thread id, from {@code jcmd <pid> Thread.print}; empty if the JVM does not answer. */
    static Map<Long, String> javaNames(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print")
                    .redirectErrorStream(true).start();
            List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            p.waitFor(30, TimeUnit.SECONDS);
            return parseThreadPrint(lines);
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    static Map<Long, String> parseThreadPrint(List<String> lines) {
        Map<Long, String> names = new HashMap<>();
        for (String line : lines) {
            Matcher m = THREAD_LINE.matcher(line);
            if (m.find()) {
                names.put(Long.parseLong(m.group(2), 16), m.group(1));
            }
        }
        return names;
    }

    /**
     * Threads of one kind share a name but for their numbers: {@code http-nio-8083-exec-3} is {@code http-nio-#-exec-#};
     * a number inside a word names the kind ({@code C1 CompilerThread0} and {@code C2 CompilerThread0} differ).
     */
    static String kind(String threadName) {
        return NUMBERS.matcher(threadName).replaceAll("#");
    }

    /**
     * Milliseconds of one core per operation by kind of thread, largest first, for {@code operations} done between
     * the two readings; a thread not in {@code names} goes by its short name.
     */
    static Map<String, Double> millisPer(Ticks before, Ticks after, Map<Long, String> names, double operations) {
        Map<String, Double> byKind = new HashMap<>();
        after.ticks().forEach((tid, ticks) -> {
            long delta = ticks - before.ticks().getOrDefault(tid, 0L);
            if (delta > 0) {
                String name = names.getOrDefault(tid, after.shortNames().getOrDefault(tid, "?"));
                byKind.merge(kind(name), delta * MILLIS_PER_TICK / operations, Double::sum);
            }
        });
        Map<String, Double> sorted = new LinkedHashMap<>();
        byKind.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> sorted.put(e.getKey(), OpenLoad.round(e.getValue())));
        return sorted;
    }

    /** The JIT's share of {@link #millisPer}'s answer: its compiler threads, which a warmed-up JVM leaves idle. */
    static double jitMillis(Map<String, Double> kinds) {
        return kinds.entrySet().stream().filter(e -> JIT.matcher(e.getKey()).matches())
                .mapToDouble(Map.Entry::getValue).sum();
    }
}
