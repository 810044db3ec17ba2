package org.fyptracker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Resident memory and CPU time of the stack's processes, from /proc (Linux). */
final class Footprint {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    /** The row of {@link #between} that sums the stack's own processes (not the load tool, not the CRUD baseline). */
    static final String STACK_TOTAL = "stack total (8 processes)";

    private final Map<String, Long> pids = new LinkedHashMap<>();

    Footprint(Map<String, Long> pids) {
        this.pids.putAll(pids);
    }

    /** Processes from deploy/up's pid files, plus any given explicitly. */
    static Footprint of(Path pidDir, Map<String, Long> extra) throws IOException {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String name : new String[]{"mongo", "kafka", "plan-catalog", "departments", "projects", "indicators",
                "tracking", "gateway"}) {
            Path f = pidDir.resolve(name + ".pid");
            if (Files.exists(f)) {
                pids.put(name, Long.parseLong(Files.readString(f).trim()));
            }
        }
        pids.putAll(extra);
        pids.put("bench (load tool)", ProcessHandle.current().pid());
        return new Footprint(pids);
    }

    /** The processes watched, by name, in the order they are reported. */
    Map<String, Long> processes() {
        return new LinkedHashMap<>(pids);
    }

    /** A reading: per process, resident KiB and CPU ticks consumed so far: in all, and in the kernel. */
    record Sample(long at, Map<String, long[]> values) {
    }

    Sample sample() {
        Map<String, long[]> v = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            long[] cpu = cpuTicks(pid);
            v.put(name, new long[]{rssKib(pid), cpu[0] + cpu[1], cpu[1]});
        });
        return new Sample(System.nanoTime(), v);
    }

    /**
     * Per process between two readings: RSS MiB at the end, CPU in % of one core over the interval, and the part of
     * that CPU spent in the kernel (system calls, the network stack, page faults) in % of it — on a virtual machine
     * with dear system calls that part, not our code, can be most of a report's cost.
     */
    static Map<String, Map<String, Double>> between(Sample a, Sample b) {
        double seconds = (b.at - a.at) / 1e9;
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        double rss = 0;
        double cpu = 0;
        double kernel = 0;
        for (var e : b.values.entrySet()) {
            long[] before = a.values.getOrDefault(e.getKey(), e.getValue());
            double mib = e.getValue()[0] / 1024.0;
            double pct = (e.getValue()[1] - before[1]) / TICKS_PER_SECOND / seconds * 100;
            double kernelPct = (e.getValue()[2] - before[2]) / TICKS_PER_SECOND / seconds * 100;
            out.put(e.getKey(), Map.of("rssMiB", OpenLoad.round(mib), "cpuPercent", OpenLoad.round(pct),
                    "kernelSharePercent", OpenLoad.round(share(kernelPct, pct))));
            if (isStack(e.getKey())) {
                rss += mib;
                cpu += pct;
                kernel += kernelPct;
            }
        }
        out.put(STACK_TOTAL, Map.of("rssMiB", OpenLoad.round(rss), "cpuPercent", OpenLoad.round(cpu),
                "kernelSharePercent", OpenLoad.round(share(kernel, cpu))));
        return out;
    }

    /** Whether a watched process is part of the stack (not the load tool, not the CRUD baseline). */
    static boolean isStack(String name) {
        return !name.startsWith("bench") && !name.startsWith("crud") && !name.equals(STACK_TOTAL);
    }

    /**
     * Milliseconds of one core each process spent per operation, from {@link #between}'s CPU share over an interval
     * in which {@code perSecond} operations were done: 100% of a core is 1,000 ms each second.
     */
    static Map<String, Double> cpuMillisPer(Map<String, Map<String, Double>> processes, double perSecond) {
        Map<String, Double> out = new LinkedHashMap<>();
        processes.forEach((name, v) -> out.put(name, OpenLoad.round(v.get("cpuPercent") * 10 / perSecond)));
        return out;
    }

    static double share(double part, double whole) {
        return whole > 0 ? part / whole * 100 : 0;
    }

    static long rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // process gone
        }
        return 0;
    }

    /** utime and stime of the process, in ticks. */
    static long[] cpuTicks(long pid) {
        try {
            return cpuTicksOf(Files.readString(Path.of("/proc/" + pid + "/stat")));
        } catch (IOException | RuntimeException e) {
            return new long[]{0, 0};
        }
    }

    /** utime and stime, in ticks, from a process's or a thread's {@code stat} line (after the name, which may hold spaces). */
    static long[] cpuTicksOf(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[]{Long.parseLong(f[11]), Long.parseLong(f[12])};
    }
}
