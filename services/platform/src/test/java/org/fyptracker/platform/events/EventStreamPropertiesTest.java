package org.fyptracker.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** How a service says which topics each processor reads, and in what batches (fyp.events.*). */
class EventStreamPropertiesTest {

    private static EventStreamProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("fyp.events", EventStreamProperties.class);
    }

    @Test
    void a_processor_with_its_own_topics_reads_only_those_and_the_others_read_every_consumed_topic() {
        EventStreamProperties events = bind(Map.of(
                "fyp.events.consume-topics", "fyp.projects.events.v1,fyp.plans.events.v1",
                "fyp.events.processors", "project-views,activity",
                "fyp.events.processor-topics.project-views", "fyp.projects.events.v1",
                "fyp.events.consumer-batch-size", "1000"));

        assertThat(events.topicsOf("project-views")).containsExactly("fyp.projects.events.v1");
        assertThat(events.topicsOf("activity")).containsExactly("fyp.projects.events.v1", "fyp.plans.events.v1");
        assertThat(events.consumerBatchSize()).isEqualTo(1000);
    }

    @Test
    void by_default_every_processor_reads_every_consumed_topic_in_batches_of_100() {
        EventStreamProperties events = bind(Map.of("fyp.events.consume-topics", "fyp.projects.events.v1",
                "fyp.events.processors", "project-views"));

        assertThat(events.topicsOf("project-views")).isEqualTo(List.of("fyp.projects.events.v1"));
        assertThat(events.consumerBatchSize()).isEqualTo(100);
    }
}
