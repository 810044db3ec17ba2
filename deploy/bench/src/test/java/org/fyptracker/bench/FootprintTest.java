package org.fyptracker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FootprintTest {

    @Test
    void a_process_at_half_a_core_serving_fifty_reports_a_second_spends_ten_ms_on_each() {
        Map<String, Map<String, Double>> processes = new LinkedHashMap<>();
        processes.put("projects", Map.of("cpuPercent", 50.0, "rssMiB", 400.0));
        processes.put("mongo", Map.of("cpuPercent", 12.5, "rssMiB", 700.0));

        Map<String, Double> perReport = Footprint.cpuMillisPer(processes, 50);

        assertEquals(Map.of("projects", 10.0, "mongo", 2.5), perReport);
        assertEquals(List.of("projects", "mongo"), new ArrayList<>(perReport.keySet()), "in the footprint's order");
    }

    @Test
    void a_stat_line_is_read_after_the_name_even_when_the_name_holds_spaces_and_brackets() {
        String stat = "4242 (kafka-producer-network-thread | producer-1 (x)) S 1 4200 4200 0 -1 1077936192 "
                + "5051 0 0 0 731 96 0 0 20 0 38 0 1234 3000000 70000 18446744073709551615";

        long[] ticks = Footprint.cpuTicksOf(stat);

        assertEquals(731, ticks[0], "utime");
        assertEquals(96, ticks[1], "stime");
    }
}
