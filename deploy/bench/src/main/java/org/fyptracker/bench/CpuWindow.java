package org.fyptracker.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CPU every process, and every kind of its threads, spent over a window of work, divided by the work done in it:
 * what two builds are compared by on a machine whose speed moves from run to run (docs/benchmarks.md, findings 39–40).
 */
final class CpuWindow {

    private final Map<String, Long> processes;
    private final Map<String, ThreadCpu.Ticks> threadsBefore = new LinkedHashMap<>();
    private final Map<String, ThreadCpu.Ticks> threadsAfter = new LinkedHashMap<>();
    private final Footprint footprint;
    private final Footprint.Sample before;
    private Footprint.Sample after;

    private CpuWindow(Footprint footprint) {
        this.footprint = footprint;
        this.processes = footprint.processes();
        processes.forEach((name, pid) -> threadsBefore.put(name, ThreadCpu.ticks(pid)));
        this.before = footprint.sample();
    }

    static CpuWindow open(Footprint footprint) {
        return new CpuWindow(footprint);
    }

    void close() {
        after = footprint.sample();
        processes.forEach((name, pid) -> threadsAfter.put(name, ThreadCpu.ticks(pid)));
    }

    double seconds() {
        return (after.at() - before.at()) / 1e9;
    }

    /**
     * Milliseconds of one core per operation: by process, and for every process above 1 ms by kind of thread; the
     * stack's total without the JIT's compiler threads, which a warmed-up stack leaves idle; and the table's lines
     * (each process with its four busiest kinds of thread).
     */
    Split per(double operations) {
        Map<String, Double> perOperation = Footprint.cpuMillisPer(Footprint.between(before, after), operations / seconds());
        Map<String, Map<String, Double>> byThread = new LinkedHashMap<>();
        StringBuilder lines = new StringBuilder();
        perOperation.forEach((name, ms) -> {
            lines.append(String.format("%n   %-28s %8s", name, Bench.fmt(ms)));
            Long pid = processes.get(name);
            if (pid == null || ms < 1) {
                return; // the stack total, or too little to split
            }
            Map<String, Double> kinds = ThreadCpu.millisPer(threadsBefore.get(name), threadsAfter.get(name),
                    ThreadCpu.javaNames(pid), operations);
            byThread.put(name, kinds);
            kinds.entrySet().stream().limit(4)
                    .forEach(k -> lines.append(" | ").append(k.getKey()).append(' ').append(Bench.fmt(k.getValue())));
        });
        double jit = byThread.entrySet().stream().filter(e -> Footprint.isStack(e.getKey()))
                .mapToDouble(e -> ThreadCpu.jitMillis(e.getValue())).sum();
        double withoutJit = OpenLoad.round(perOperation.getOrDefault(Footprint.STACK_TOTAL, 0.0) - jit);
        lines.append(String.format("%n   %-28s %8s", "stack total without the JIT", Bench.fmt(withoutJit)));
        return new Split(perOperation, byThread, withoutJit, lines.toString());
    }

    record Split(Map<String, Double> byProcess, Map<String, Map<String, Double>> byThread, double stackWithoutJit,
                 String lines) {
    }
}
