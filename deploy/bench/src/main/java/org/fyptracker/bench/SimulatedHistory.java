package org.fyptracker.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.fyptracker.contracts.cloudevents.TimeOrderedIds;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.utils.Utils;

/**
 * Five years of project activity, made of copies of real records from the projects topic: project {@code j}'s
 * event {@code k} is its registration (k = 0), one of {@value #MILESTONES} milestones planned (k = 1..5), or a
 * progress report on one of them. Sent in the order projects report in turn (event k of every project before
 * event k + 1), so a processor batch spans many projects, as in real use.
 *
 * <p>The templates are cut once at the values that change (project id, milestone id, percentage), so a record
 * costs a few string appends: at a million records the load tool must not be what limits the rate.
 */
final class SimulatedHistory {

    static final String TOPIC = "fyp.projects.events.v1";
    static final int MILESTONES = 5;
    private static final char PROJECT = '\u0001';
    private static final char MILESTONE = '\u0002';
    private static final char PERCENT = '\u0003';

    private final String run;
    private final int projects;
    private final int perProject;
    private final int partitions;
    private final List<ConsumerRecord<String, byte[]>> registered;
    private final List<String> registeredValues = new ArrayList<>();
    private final ConsumerRecord<String, byte[]> planned;
    private final String plannedValue;
    private final ConsumerRecord<String, byte[]> progress;
    private final String progressValue;

    SimulatedHistory(Map<String, List<ConsumerRecord<String, byte[]>>> templates, int projects, int perProject, int partitions)
            throws Exception {
        this.run = UUID.randomUUID().toString().substring(0, 6);
        this.projects = projects;
        this.perProject = perProject;
        this.partitions = partitions;
        this.registered = templates.get("KeyProjectRegistered");
        for (ConsumerRecord<String, byte[]> r : registered) {
            registeredValues.add(utf8(r).replace(r.key(), String.valueOf(PROJECT)));
        }
        this.planned = templates.get("MilestonePlanned").get(0);
        this.plannedValue = utf8(planned).replace(planned.key(), String.valueOf(PROJECT))
                .replace(Bench.field(planned, "milestoneId"), String.valueOf(MILESTONE));
        this.progress = templates.get("MilestoneProgressReported").get(0);
        this.progressValue = utf8(progress).replace(progress.key(), String.valueOf(PROJECT))
                .replace(Bench.field(progress, "milestoneId"), String.valueOf(MILESTONE))
                .replaceAll("\"percentComplete\":\\d+", "\"percentComplete\":" + PERCENT);
    }

    long total() {
        return (long) projects * perProject;
    }

    String projectId(int j) {
        return "bench-sim-" + run + "-" + j;
    }

    /** Event {@code k} of project {@code j}. */
    ProducerRecord<String, byte[]> record(int k, int j) {
        String id = projectId(j);
        ConsumerRecord<String, byte[]> template;
        String value;
        if (k == 0) {
            template = registered.get(j % registered.size());
            value = fill(registeredValues.get(j % registered.size()), id, null, 0);
        } else if (k <= MILESTONES) {
            template = planned;
            value = fill(plannedValue, id, id + "-m" + k, 0);
        } else {
            template = progress;
            int percent = Math.min(100, (k - MILESTONES) * 100 / Math.max(1, perProject - MILESTONES));
            value = fill(progressValue, id, id + "-m" + (1 + k % MILESTONES), percent);
        }
        List<Header> headers = new ArrayList<>(template.headers().toArray().length);
        for (Header h : template.headers()) {
            switch (h.key()) {
                case "ce_id" -> headers.add(new RecordHeader("ce_id", bytes(TimeOrderedIds.next())));
                case "ce_subject" -> headers.add(new RecordHeader("ce_subject", bytes(id)));
                case "ce_aggregatesequence" -> headers.add(new RecordHeader(h.key(), bytes(String.valueOf(k))));
                default -> headers.add(h);
            }
        }
        return new ProducerRecord<>(TOPIC, null, id, bytes(value), headers);
    }

    /**
     * Per partition of the topic, the project whose last event is the last one sent to it (Kafka's default
     * partitioner: murmur2 of the key). Every one of them at its last sequence means tracking has read every
     * partition to its end; one project alone says nothing of the other partitions.
     */
    Map<Integer, String> lastProjectPerPartition() {
        Map<Integer, String> last = new TreeMap<>();
        for (int j = 0; j < projects; j++) {
            String id = projectId(j);
            last.put(Utils.toPositive(Utils.murmur2(bytes(id))) % partitions, id);
        }
        return last;
    }

    private static String fill(String template, String project, String milestone, int percent) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            switch (c) {
                case PROJECT -> out.append(project);
                case MILESTONE -> out.append(milestone);
                case PERCENT -> out.append(percent);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String utf8(ConsumerRecord<String, byte[]> r) {
        return new String(r.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
