package org.fyptracker.tracking.projects;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The project views as the {@code project-views} processor last left them: the most recent {@value #MAX_HELD}
 * held in memory from one batch to the next, the others read from MongoDB. While this process holds the processor's
 * claim it is the views' only writer, so what it holds is what is stored or is being stored behind it
 * ({@link org.fyptracker.platform.events.WriteBehind}); it forgets them whenever the claim is released or taken
 * again, and in a rebuild. With 1,000 projects reporting in turn every batch touches every view: reading them back
 * was a round trip and a mapping of each view per batch (docs/benchmarks.md, finding 36).
 * <p>
 * A view held here is never changed: a batch folds onto a copy ({@link #read}) and hands the changed copies back
 * ({@link #hold}), and the writer may be encoding the held ones at that moment.
 */
@Component
class ProjectViewStore {

    /** A view is a few KB; 1,000 projects reporting in turn fit with room. */
    static final int MAX_HELD = 5_000;
    /** Views read per request: bounds the size of one answer. */
    static final int READ_CHUNK = 500;

    private final MongoTemplate mongo;
    private final Map<String, ProjectView> held = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ProjectView> eldest) {
            return size() > MAX_HELD;
        }
    };

    ProjectViewStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Copies to fold on of the projects' views; a project with no view yet is absent. */
    Map<String, ProjectView> read(Collection<String> projectIds) {
        Map<String, ProjectView> views = new HashMap<>();
        List<String> toRead = new ArrayList<>();
        synchronized (held) {
            for (String id : projectIds) {
                ProjectView view = held.get(id);
                if (view != null) {
                    views.put(id, view.copyToFoldOn());
                } else {
                    toRead.add(id);
                }
            }
        }
        for (int from = 0; from < toRead.size(); from += READ_CHUNK) {
            List<String> chunk = toRead.subList(from, Math.min(toRead.size(), from + READ_CHUNK));
            mongo.find(Query.query(Criteria.where("_id").in(chunk)), ProjectView.class)
                    .forEach(view -> views.put(view.projectId, view));
        }
        return views;
    }

    /**
     * The views as a batch left them, written or about to be; the caller does not change them afterwards. A
     * timeline a fold filled (the projection's does not, {@link ProjectHistory#applyWithoutTimeline}) is emptied
     * here, since the store never keeps it, so it cannot grow from batch to batch.
     */
    void hold(Collection<ProjectView> views) {
        synchronized (held) {
            views.forEach(view -> {
                view.timeline.clear();
                held.put(view.projectId, view);
            });
        }
    }

    void forget() {
        synchronized (held) {
            held.clear();
        }
    }

    int held() {
        synchronized (held) {
            return held.size();
        }
    }
}
