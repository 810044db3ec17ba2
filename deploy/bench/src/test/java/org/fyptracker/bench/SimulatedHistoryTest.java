package org.fyptracker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

/** The simulated history is what tracking would receive, and its end is known on every partition. */
class SimulatedHistoryTest {

    private static ConsumerRecord<String, byte[]> template(String key, String json) {
        ConsumerRecord<String, byte[]> r = new ConsumerRecord<>(SimulatedHistory.TOPIC, 0, 0, key, json.getBytes(StandardCharsets.UTF_8));
        r.headers().add(new RecordHeader("ce_id", "x".getBytes(StandardCharsets.UTF_8)));
        r.headers().add(new RecordHeader("ce_aggregatesequence", "0".getBytes(StandardCharsets.UTF_8)));
        return r;
    }

    private final Map<String, List<ConsumerRecord<String, byte[]>>> templates = Map.of(
            "KeyProjectRegistered", List.of(template("p-1", "{\"projectId\":\"p-1\",\"name\":\"福州项目\"}")),
            "MilestonePlanned", List.of(template("p-2", "{\"projectId\":\"p-2\",\"milestoneId\":\"m-2\"}")),
            "MilestoneProgressReported", List.of(template("p-3", "{\"projectId\":\"p-3\",\"milestoneId\":\"m-3\",\"percentComplete\":40}")));

    @Test
    void each_event_is_the_template_with_the_projects_id_milestone_percentage_and_sequence() throws Exception {
        SimulatedHistory history = new SimulatedHistory(templates, 10, 20, 3);

        ProducerRecord<String, byte[]> registered = history.record(0, 4);
        ProducerRecord<String, byte[]> report = history.record(12, 4);

        String id = history.projectId(4);
        assertEquals(id, registered.key());
        assertEquals("{\"projectId\":\"" + id + "\",\"name\":\"福州项目\"}", new String(registered.value(), StandardCharsets.UTF_8));
        assertEquals("{\"projectId\":\"" + id + "\",\"milestoneId\":\"" + id + "-m3\",\"percentComplete\":46}",
                new String(report.value(), StandardCharsets.UTF_8));
        assertEquals("12", new String(report.headers().lastHeader("ce_aggregatesequence").value(), StandardCharsets.UTF_8));
        assertNotEquals(new String(registered.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8),
                new String(report.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
    }

    @Test
    void the_last_project_of_each_partition_is_where_kafkas_own_partitioner_puts_it() throws Exception {
        SimulatedHistory history = new SimulatedHistory(templates, 50, 5, 3);

        Map<Integer, String> last = history.lastProjectPerPartition();

        assertEquals(3, last.size());
        last.forEach((partition, id) -> {
            assertEquals(partition, BuiltInPartitioner.partitionForKey(id.getBytes(StandardCharsets.UTF_8), 3));
            int j = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
            for (int later = j + 1; later < 50; later++) {
                assertFalse(partition == BuiltInPartitioner.partitionForKey(history.projectId(later).getBytes(StandardCharsets.UTF_8), 3),
                        "a later project on partition " + partition);
            }
        });
    }
}
