package org.fyptracker.projects.keyproject;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A project that reports monthly for five years has hundreds of events: after every
 * {@code fyp.projects.snapshot-after} events a snapshot of its state is stored, and loading starts there.
 */
@Configuration
public class SnapshotConfiguration {

    @Bean
    public SnapshotTriggerDefinition keyProjectSnapshotTrigger(Snapshotter snapshotter,
                                                               @Value("${fyp.projects.snapshot-after:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
