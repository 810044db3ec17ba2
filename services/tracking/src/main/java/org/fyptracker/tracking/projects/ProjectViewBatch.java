package org.fyptracker.tracking.projects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.fyptracker.tracking.events.ReadModelVersions;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The project views and event-log entries one batch of the {@code project-views} processor touches, kept in
 * memory until the batch's last event and then written at once: each view read once and saved once per
 * batch, the log entries inserted together. Replaying a topic (a rebuild, a backlog) comes in batches of up
 * to 100 events, mostly of a few projects, so this turns three round trips per event into about two per
 * project per batch. Created and written by {@link ProjectViewBatching}; dropped unwritten when the batch
 * rolls back, so the processor's token and the read model never disagree.
 */
final class ProjectViewBatch {

    private static final String RESOURCE = ProjectViewBatch.class.getName();

    private final Map<String, ProjectView> views = new HashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();
    private final List<Document> logged = new ArrayList<>();

    /** The batch of the unit of work being processed, or null when events are handled one at a time. */
    static ProjectViewBatch current() {
        return CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().getResource(RESOURCE) : null;
    }

    static void begin(UnitOfWork<?> unitOfWork) {
        unitOfWork.resources().put(RESOURCE, new ProjectViewBatch());
    }

    static ProjectViewBatch of(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getResource(RESOURCE);
    }

    /** The project's view as this batch has left it so far; null if there is none yet. */
    ProjectView view(String projectId, MongoTemplate mongo) {
        if (!views.containsKey(projectId)) {
            views.put(projectId, mongo.findById(projectId, ProjectView.class));
        }
        return views.get(projectId);
    }

    void log(Document entry) {
        logged.add(entry);
    }

    void changed(ProjectView view) {
        views.put(view.projectId, view);
        changed.add(view.projectId);
    }

    /** Writes the log entries first, then every view the batch changed (the order of the one-by-one path). */
    void write(MongoTemplate mongo, ProjectEventLog log, ReadModelVersions version) {
        log.appendAll(logged);
        for (String projectId : changed) {
            mongo.save(views.get(projectId));
        }
        if (!changed.isEmpty()) {
            version.raise(ProjectView.COLLECTION);
        }
        logged.clear();
        changed.clear();
    }
}
