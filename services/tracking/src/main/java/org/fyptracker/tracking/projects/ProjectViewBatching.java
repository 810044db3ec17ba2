package org.fyptracker.tracking.projects;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
import org.fyptracker.contracts.projects.ProjectEvent;
import org.fyptracker.platform.events.PerBatch;
import org.fyptracker.tracking.events.ReadModelVersions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Each batch of the {@code project-views} processor goes through one {@link ProjectViewBatch}: opened with the
 * projects its events are about, written after its last event and before it commits ({@link PerBatch}).
 */
@Configuration(proxyBeanMethods = false)
class ProjectViewBatching {

    @Bean
    PerBatch<ProjectViewBatch> projectViewBatches(MongoTemplate mongo, ProjectEventLog log, ReadModelVersions version) {
        return new PerBatch<>(ProjectViewProjection.GROUP, events -> new ProjectViewBatch(projectIds(events)),
                batch -> batch.write(mongo, log, version));
    }

    private static Set<String> projectIds(List<? extends EventMessage<?>> events) {
        Set<String> ids = new LinkedHashSet<>();
        events.forEach(message -> {
            if (message.getPayload() instanceof ProjectEvent event) {
                ids.add(event.projectId());
            }
        });
        return ids;
    }
}
