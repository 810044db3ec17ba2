package org.fyptracker.tracking.projects;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.contracts.projects.ProjectEvent;
import org.fyptracker.tracking.rebuild.RebuildableReadModel;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ProjectView} and the project's event log up to date from the projects topic. Events of one
 * project arrive in order (the Kafka key is the project id); one already applied changes nothing.
 */
@Component
@ProcessingGroup(ProjectViewProjection.GROUP)
public class ProjectViewProjection implements RebuildableReadModel {

    public static final String GROUP = "project-views";

    private final MongoTemplate mongo;
    private final ProjectEventLog log;

    public ProjectViewProjection(MongoTemplate mongo, ProjectEventLog log) {
        this.mongo = mongo;
        this.log = log;
    }

    @EventHandler
    void on(ProjectEvent event, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant at) {
        log.append(event, message.getIdentifier(), sequence, at);
        ProjectView view = mongo.findById(event.projectId(), ProjectView.class);
        if (view == null) {
            if (!(event instanceof KeyProjectRegistered)) {
                return; // cannot happen in order; the log keeps it for a rebuild
            }
            view = new ProjectView();
        }
        if (ProjectHistory.apply(view, event, message.getIdentifier(), sequence, at)) {
            mongo.save(view);
        }
    }

    @Override
    @ResetHandler
    public void drop() {
        mongo.dropCollection(ProjectView.class);
        log.drop();
    }

    @Override
    public java.util.List<String> collections() {
        return java.util.List.of("project_views", ProjectEventLog.COLLECTION);
    }
}
