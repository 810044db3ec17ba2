package org.fyptracker.tracking.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.fyptracker.contracts.DomainEvent;
import org.fyptracker.contracts.cloudevents.CloudEventTypes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Every event of one context the tracking service has seen, keyed by event id (a redelivery is stored
 * once), with the message time and the time it was recorded ({@code provenance.recordedAt}): what "as of"
 * answers fold. The payload is kept as the event's JSON text, so it reads back exactly (decimal scales
 * included) and a replayed view equals the live one.
 */
public class EventLog {

    private final MongoTemplate mongo;
    private final ObjectMapper json;
    private final String collection;

    public EventLog(MongoTemplate mongo, ObjectMapper json, String collection) {
        this.mongo = mongo;
        this.json = json;
        this.collection = collection;
    }

    /** One logged event, ready to fold. {@code at} is the message time the live projection saw. */
    public record Logged(DomainEvent event, String eventId, long sequence, Instant at, Instant recordedAt) {
    }

    public String collection() {
        return collection;
    }

    public void append(DomainEvent event, String eventId, long sequence, Instant at) {
        Instant recordedAt = event.provenance() != null && event.provenance().recordedAt() != null
                ? event.provenance().recordedAt() : at;
        Document entry = new Document("_id", eventId)
                .append("aggregateId", event.aggregateId())
                .append("planCode", event.planCode())
                .append("sequence", sequence)
                .append("type", CloudEventTypes.typeOf(event.getClass()))
                .append("at", at.toEpochMilli())
                .append("recordedAt", recordedAt.toEpochMilli())
                .append("payload", write(event));
        try {
            mongo.insert(entry, collection);
        } catch (DuplicateKeyException seen) {
            // at-least-once delivery: already logged
        }
    }

    /** Events recorded before {@code before} (every event when null), by aggregate and sequence. */
    public List<Logged> recordedBefore(Instant before) {
        Query query = before == null ? new Query()
                : Query.query(Criteria.where("recordedAt").lt(before.toEpochMilli()));
        return mongo.find(query.with(Sort.by("aggregateId", "sequence")), Document.class, collection).stream()
                .map(this::read).toList();
    }

    public long count() {
        return mongo.getCollection(collection).countDocuments();
    }

    public void drop() {
        mongo.dropCollection(collection);
    }

    private String write(DomainEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName(), e);
        }
    }

    private Logged read(Document entry) {
        Class<? extends DomainEvent> type = CloudEventTypes.classOf(entry.getString("type"))
                .orElseThrow(() -> new IllegalStateException("unknown event type " + entry.getString("type")));
        try {
            DomainEvent event = json.readValue(entry.getString("payload"), type);
            return new Logged(event, entry.getString("_id"), entry.getLong("sequence"),
                    Instant.ofEpochMilli(entry.getLong("at")), Instant.ofEpochMilli(entry.getLong("recordedAt")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read logged event " + entry.getString("_id"), e);
        }
    }
}
