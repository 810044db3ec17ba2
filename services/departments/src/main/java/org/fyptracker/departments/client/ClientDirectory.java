package org.fyptracker.departments.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads the client directory. */
@Component
public class ClientDirectory {

    private static final Duration POLL = Duration.ofMillis(25);

    private final MongoTemplate mongo;

    public ClientDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<ClientView> find(String clientId) {
        return Optional.ofNullable(mongo.findById(clientId, ClientView.class));
    }

    public List<ClientSummary> all() {
        return mongo.find(new Query().with(Sort.by("_id")), ClientView.class).stream().map(ClientView::summary).toList();
    }

    /** Ids of the clients acting for {@code department} that are not revoked. */
    public List<String> activeOf(String department) {
        Query query = Query.query(Criteria.where("department").is(department).and("revoked").is(false)).with(Sort.by("_id"));
        return mongo.find(query, ClientView.class).stream().map(ClientView::clientId).toList();
    }

    /**
     * Waits until the directory shows what a command just did, so an admin who was told "revoked" can rely
     * on it at once. False when it did not within {@code timeout} (the projection is behind).
     */
    public boolean awaitState(String clientId, Predicate<ClientView> reached, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (find(clientId).filter(reached).isPresent()) {
                return true;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
