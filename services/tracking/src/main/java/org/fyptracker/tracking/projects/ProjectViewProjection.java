package org.fyptracker.tracking.projects;

import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.RawBsonDocument;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.contracts.projects.ProjectEvent;
import org.fyptracker.platform.events.CloudEventKafkaConverter;
import org.fyptracker.platform.events.PerBatch;
import org.fyptracker.platform.events.WriteBehind;
import org.fyptracker.tracking.events.ReadModelVersions;
import org.fyptracker.tracking.rebuild.RebuildableReadModel;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ProjectView} and the project's event log up to date from the projects topic. Events of one
 * project arrive in order (the Kafka key is the project id); one already applied changes nothing. In the
 * processor's batches the reads and writes go through a {@link ProjectViewBatch} and are stored behind the
 * processor ({@link WriteBehind}); handled on its own (a dead letter retried), an event is written at once, after
 * what the batches before it queued.
 */
@Component
@ProcessingGroup(ProjectViewProjection.GROUP)
public class ProjectViewProjection implements RebuildableReadModel {

    public static final String GROUP = "project-views";

    private final MongoTemplate mongo;
    private final ProjectEventLog log;
    private final ReadModelVersions version;
    private final PerBatch<ProjectViewBatch> batches;
    private final ProjectTimelines timelines;
    private final ProjectViewStore store;
    private final WriteBehind writes;

    public ProjectViewProjection(MongoTemplate mongo, ProjectEventLog log, ReadModelVersions version,
                                 PerBatch<ProjectViewBatch> batches, ProjectTimelines timelines, ProjectViewStore store,
                                 WriteBehind projectViewWrites) {
        this.mongo = mongo;
        this.log = log;
        this.version = version;
        this.batches = batches;
        this.timelines = timelines;
        this.store = store;
        this.writes = projectViewWrites;
    }

    @EventHandler
    void on(ProjectEvent event, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant at) {
        ProjectViewBatch batch = batches.current();
        RawBsonDocument entry = log.entry(event, CloudEventKafkaConverter.receivedJson(message).orElse(null),
                message.getIdentifier(), sequence, at);
        if (batch != null) {
            batch.log(entry);
        } else {
            writes.drain(); // on its own (a dead letter retried): after what the batches before it queued
            log.append(entry);
        }
        ProjectView view = batch != null ? batch.view(event.projectId(), store)
                : store.read(List.of(event.projectId())).get(event.projectId());
        if (view == null) {
            if (!(event instanceof KeyProjectRegistered)) {
                return; // cannot happen in order; the log keeps it for a rebuild
            }
            view = new ProjectView();
        }
        // apply checks an event (its milestone exists) before it changes the view, so an event that fails
        // here leaves the batch's copy of the view as it was
        if (ProjectHistory.applyWithoutTimeline(view, event, message.getIdentifier(), sequence, at)) {
            if (batch != null) {
                batch.changed(view);
            } else {
                mongo.save(view);
                store.hold(List.of(view));
                version.raise(ProjectView.COLLECTION);
            }
        }
    }

    @Override
    @ResetHandler
    public void drop() {
        writes.drain();
        store.forget();
        mongo.dropCollection(ProjectView.class);
        log.drop();
        timelines.forget();
        version.raise(ProjectView.COLLECTION);
    }

    @Override
    public List<String> collections() {
        return List.of("project_views", ProjectEventLog.COLLECTION);
    }
}
