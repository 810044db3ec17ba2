package org.fyptracker.tracking.projects;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.fyptracker.tracking.events.ReadModelVersions;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The project views and event-log entries one batch of the {@code project-views} processor touches, kept in
 * memory until the batch's last event and then written at once. The views of the batch's projects are read by id
 * in requests of up to {@value #READ_CHUNK} when the first of them is needed, the changed ones written back in one
 * bulk request, the log entries inserted in one more: about four round trips per batch, however many events it
 * holds (docs/benchmarks.md, findings 6 and 11). A view is small and of bounded size (its timeline is not stored,
 * finding 19), so a batch of up to 5,000 events holds at most 5,000 of them. Created and written by
 * {@link ProjectViewBatching}; what is not written yet is dropped when the batch rolls back.
 */
final class ProjectViewBatch {

    /** Views read per request: bounds the size of one answer. */
    static final int READ_CHUNK = 500;
    private final Set<String> toRead;
    private final Map<String, ProjectView> views = new HashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();
    private final List<Document> logged = new ArrayList<>();

    ProjectViewBatch(Collection<String> projectIds) {
        this.toRead = new LinkedHashSet<>(projectIds);
    }

    /** The project's view as this batch has left it so far; null if there is none yet. */
    ProjectView view(String projectId, MongoTemplate mongo) {
        if (!views.containsKey(projectId)) {
            read(projectId, mongo);
        }
        return views.get(projectId);
    }

    /** Reads the project's view with the next projects of the batch not read yet, in one request. */
    private void read(String projectId, MongoTemplate mongo) {
        List<String> ids = new ArrayList<>(List.of(projectId));
        toRead.remove(projectId);
        for (var next = toRead.iterator(); next.hasNext() && ids.size() < READ_CHUNK; ) {
            String id = next.next();
            next.remove();
            if (!views.containsKey(id)) {
                ids.add(id);
            }
        }
        ids.forEach(id -> views.put(id, null));
        mongo.find(Query.query(Criteria.where("_id").in(ids)), ProjectView.class).forEach(view -> views.put(view.projectId, view));
    }

    void log(Document entry) {
        logged.add(entry);
    }

    void changed(ProjectView view) {
        views.put(view.projectId, view);
        changed.add(view.projectId);
    }

    /** Writes the log entries first, then every view changed (the order of the one-by-one path), then the version. */
    void write(MongoTemplate mongo, ProjectEventLog log, ReadModelVersions version) {
        log.appendAll(logged);
        logged.clear();
        if (changed.isEmpty()) {
            return;
        }
        BulkOperations replace = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ProjectView.class);
        for (String projectId : changed) {
            replace.replaceOne(Query.query(Criteria.where("_id").is(projectId)), views.get(projectId),
                    FindAndReplaceOptions.options().upsert());
        }
        replace.execute();
        changed.clear();
        version.raise(ProjectView.COLLECTION);
    }
}
