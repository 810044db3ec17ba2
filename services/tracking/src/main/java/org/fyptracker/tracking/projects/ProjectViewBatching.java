package org.fyptracker.tracking.projects;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
import org.fyptracker.contracts.projects.ProjectEvent;
import org.fyptracker.platform.events.PerBatch;
import org.fyptracker.platform.events.WriteBehind;
import org.fyptracker.tracking.events.ReadModelVersions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Each batch of the {@code project-views} processor goes through one {@link ProjectViewBatch}: opened with the
 * projects its events are about, queued for writing after its last event and before it commits ({@link PerBatch}),
 * and stored by the group's {@link WriteBehind} while the processor goes on, its token after it.
 */
@Configuration(proxyBeanMethods = false)
class ProjectViewBatching {

    /** Batch writes queued at most: the processor is never more than this many batches ahead of the store. */
    static final int MAX_QUEUED = 2;

    @Bean
    WriteBehind projectViewWrites(ProjectViewStore store) {
        WriteBehind writes = new WriteBehind(ProjectViewProjection.GROUP, MAX_QUEUED);
        writes.onForget(store::forget);
        return writes;
    }

    @Bean
    PerBatch<ProjectViewBatch> projectViewBatches(ProjectViewStore store, WriteBehind projectViewWrites, MongoTemplate mongo,
                                                  ProjectEventLog log, ReadModelVersions version) {
        return new PerBatch<>(ProjectViewProjection.GROUP, events -> new ProjectViewBatch(projectIds(events)),
                batch -> batch.write(store, projectViewWrites, mongo, log, version));
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
