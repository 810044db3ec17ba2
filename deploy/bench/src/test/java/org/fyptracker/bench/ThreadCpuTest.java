package org.fyptracker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void jcmd_names_each_thread_by_its_native_id() {
        Map<Long, String> names = ThreadCpu.parseThreadPrint(List.of(
                "\"EventProcessor[department-activity]-0\" #61 daemon prio=5 os_prio=0 cpu=812.50ms elapsed=300.10s tid=0x00007f0 nid=0x4527 waiting on condition  [0x00007fa]",
                "   java.lang.Thread.State: TIMED_WAITING (parking)",
                "\"GC Thread#1\" os_prio=0 cpu=95.20ms elapsed=300.00s tid=0x00007f1 nid=0x451b runnable  "));

        assertEquals(Map.of(0x4527L, "EventProcessor[department-activity]-0", 0x451bL, "GC Thread#1"), names);
    }

    @Test
    void a_number_inside_a_word_names_the_kind_and_the_others_are_counters() {
        assertEquals("C2 CompilerThread#", ThreadCpu.kind("C2 CompilerThread0"));
        assertEquals("C1 CompilerThread#", ThreadCpu.kind("C1 CompilerThread12"));
        assertEquals("GC Thread##", ThreadCpu.kind("GC Thread#1"));
        assertEquals("H2-serialization", ThreadCpu.kind("H2-serialization"));
        assertEquals("http-nio-#-exec-#", ThreadCpu.kind("http-nio-8083-exec-10"));
    }

    @Test
    void threads_of_one_kind_are_added_up_and_the_busiest_kind_comes_first() {
        ThreadCpu.Ticks before = new ThreadCpu.Ticks(Map.of(1L, 100L, 2L, 50L, 3L, 10L), Map.of());
        ThreadCpu.Ticks after = new ThreadCpu.Ticks(Map.of(1L, 300L, 2L, 150L, 3L, 410L, 4L, 20L),
                Map.of(4L, "C2 CompilerThre"));
        Map<Long, String> names = Map.of(1L, "http-nio-8083-exec-1", 2L, "http-nio-8083-exec-12",
                3L, "EventProcessor[department-activity]-0");

        // 1,000 operations: 300 ticks of request threads = 3 s = 3 ms each; a thread born inside counts from zero.
        Map<String, Double> perOperation = ThreadCpu.millisPer(before, after, names, 1000);

        assertEquals(Map.of("EventProcessor[department-activity]-#", 4.0, "http-nio-#-exec-#", 3.0,
                "C2 CompilerThre", 0.2), perOperation);
        assertEquals("EventProcessor[department-activity]-#", new ArrayList<>(perOperation.keySet()).get(0));
    }

    @Test
    void the_jit_is_both_compilers_threads_and_nothing_else() {
        Map<String, Double> kinds = Map.of("C2 CompilerThread#", 6.0, "C1 CompilerThread#", 0.5,
                "http-nio-#-exec-#", 6.4, "Sweeper thread", 0.1);

        assertEquals(6.5, ThreadCpu.jitMillis(kinds), 1e-9);
    }
}
