package org.fyptracker.tracking.projects;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.RawBsonDocument;
import org.fyptracker.platform.events.WriteBehind;
import org.fyptracker.tracking.events.ReadModelVersions;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The project views and event-log entries one batch of the {@code project-views} processor touches, kept in
 * memory until the batch's last event and then written at once: the views of the batch's projects are taken from
 * the {@link ProjectViewStore} (held from the batches before, the rest read by id in a few requests) when the first
 * of them is needed, the changed ones written back in one bulk request (as {@link ProjectViewBson}), the log
 * entries inserted in one more (docs/benchmarks.md, findings 6, 11, 36 and 37). The writes are queued on the group's {@link WriteBehind}, so the
 * processor folds the next batch while they are stored. A view is small and of bounded size (its timeline is not
 * stored, finding 19). Created by {@link ProjectViewBatching}; what is not queued yet is dropped when the batch
 * rolls back.
 */
final class ProjectViewBatch {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final Collection<String> projectIds;
    private Map<String, ProjectView> views;
    private final Set<String> changed = new LinkedHashSet<>();
    private final List<RawBsonDocument> logged = new ArrayList<>();

    ProjectViewBatch(Collection<String> projectIds) {
        this.projectIds = projectIds;
    }

    /** The project's view as this batch has left it so far; null if there is none yet. */
    ProjectView view(String projectId, ProjectViewStore store) {
        if (views == null) {
            views = new LinkedHashMap<>(store.read(projectIds));
        }
        return views.get(projectId);
    }

    void log(RawBsonDocument entry) {
        logged.add(entry);
    }

    void changed(ProjectView view) {
        views.put(view.projectId, view);
        changed.add(view.projectId);
    }

    /**
     * Hands the changed views to the store (the next batch folds on them), then queues the writes: the log entries
     * first, then every view changed (the order of the one-by-one path), then the version.
     */
    void write(ProjectViewStore store, WriteBehind writes, MongoTemplate mongo, ProjectEventLog log, ReadModelVersions version) {
        List<RawBsonDocument> entries = List.copyOf(logged);
        List<ProjectView> written = changed.stream().map(id -> views.get(id)).toList(); // none read: none changed
        store.hold(written);
        writes.write(() -> {
            log.appendAll(entries);
            if (written.isEmpty()) {
                return;
            }
            List<ReplaceOneModel<RawBsonDocument>> replace = new ArrayList<>(written.size());
            for (ProjectView view : written) {
                replace.add(new ReplaceOneModel<>(Filters.eq("_id", view.projectId), ProjectViewBson.of(view), UPSERT));
            }
            mongo.getCollection(ProjectView.COLLECTION).withDocumentClass(RawBsonDocument.class)
                    .bulkWrite(replace, UNORDERED);
            version.raise(ProjectView.COLLECTION);
        });
    }
}
