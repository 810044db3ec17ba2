package org.fyptracker.tracking.projects;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.fyptracker.tracking.events.ReadModelVersions;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The project views and event-log entries one batch of the {@code project-views} processor touches, kept in
 * memory until the batch's last event and then written at once. The views of every project in the batch are
 * read in one request when the batch begins, the changed ones written back in one bulk request, the log
 * entries inserted in one more: three round trips per batch, however many events and projects it holds
 * (docs/benchmarks.md, findings 6 and 11). Created and written by {@link ProjectViewBatching}; dropped unwritten
 * when the batch rolls back, so the processor's token and the read model never disagree.
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

    /** Opens the batch with the stored views of {@code projectIds} (the projects its events are about). */
    static void begin(UnitOfWork<?> unitOfWork, Collection<String> projectIds, MongoTemplate mongo) {
        ProjectViewBatch batch = new ProjectViewBatch();
        if (!projectIds.isEmpty()) {
            projectIds.forEach(id -> batch.views.put(id, null));
            mongo.find(Query.query(Criteria.where("_id").in(projectIds)), ProjectView.class)
                    .forEach(view -> batch.views.put(view.projectId, view));
        }
        unitOfWork.resources().put(RESOURCE, batch);
    }

    static ProjectViewBatch of(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getResource(RESOURCE);
    }

    /** The project's view as this batch has left it so far; null if there is none yet. */
    ProjectView view(String projectId, MongoTemplate mongo) {
        if (!views.containsKey(projectId)) { // not among the projects read when the batch began
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
        if (!changed.isEmpty()) {
            BulkOperations replace = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ProjectView.class);
            for (String projectId : changed) {
                replace.replaceOne(Query.query(Criteria.where("_id").is(projectId)), views.get(projectId),
                        FindAndReplaceOptions.options().upsert());
            }
            replace.execute();
            version.raise(ProjectView.COLLECTION);
        }
        logged.clear();
        changed.clear();
    }
}
