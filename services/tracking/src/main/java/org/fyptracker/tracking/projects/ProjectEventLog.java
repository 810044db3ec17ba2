package org.fyptracker.tracking.projects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.fyptracker.contracts.DomainEvent;
import org.fyptracker.contracts.cloudevents.CloudEventTypes;
import org.fyptracker.contracts.projects.ProjectEvent;
import org.fyptracker.platform.readmodels.InsertOnce;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Every project event the tracking service has seen, keyed by event id (so a redelivery is stored once),
 * with the time it was recorded: the basis of "as of" answers, folded by {@link ProjectHistory}.
 */
@Component
public class ProjectEventLog {

    public static final String COLLECTION = "project_events";
    static final String BY_PROJECT = "projectId_recordedAt";

    private final MongoTemplate mongo;
    private final ObjectMapper json;
    /** Entries may hold an optional field a newer producer added (evolution rule 1, docs/integrators.md). */
    private final ObjectMapper tolerantReader;

    public ProjectEventLog(MongoTemplate mongo, ObjectMapper json) {
        this.mongo = mongo;
        this.json = json;
        this.tolerantReader = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        createIndex();
    }

    /**
     * "As of" questions read one project's events recorded before a time ({@link #recordedBefore}); the log grows
     * with every event of five years, so that read goes by index — made again after a rebuild drops the log.
     */
    private void createIndex() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("projectId", Sort.Direction.ASC)
                .on("recordedAt", Sort.Direction.ASC).named(BY_PROJECT));
    }

    /** One logged event, ready to fold. */
    public record Logged(ProjectEvent event, String eventId, long sequence, Instant recordedAt) {
    }

    /**
     * The log entry of an event, keyed by its id. The payload is the event's JSON text, as in the other contexts'
     * logs ({@link org.fyptracker.tracking.events.EventLog}): one string to encode and store instead of a document
     * of many fields, which cost a rebuild a quarter of the projecting thread and most of the writer's encoding
     * (docs/benchmarks.md, finding 36). The plan code is a field of its own, for questions about one plan.
     * {@code receivedJson}, when there is one, is that text as it arrived from Kafka, in UTF-8: logged as it is
     * instead of writing the event again (finding 37), and without turning it into a Java string and back
     * ({@link ProjectEventLogBson}, finding 42); it may hold a field a newer producer added, which reading ignores.
     */
    RawBsonDocument entry(ProjectEvent event, byte[] receivedJson, String eventId, long sequence, Instant at) {
        Instant recordedAt = event.provenance() != null && event.provenance().recordedAt() != null
                ? event.provenance().recordedAt() : at;
        byte[] payload = receivedJson != null ? receivedJson : write(event);
        return ProjectEventLogBson.entry(payload.length)
                .string("_id", eventId)
                .string("projectId", event.projectId())
                .string("planCode", event.planCode())
                .int64("sequence", sequence)
                .string("type", CloudEventTypes.typeOf(event.getClass()))
                .int64("recordedAt", recordedAt.toEpochMilli())
                .utf8("payload", payload)
                .done();
    }

    RawBsonDocument entry(ProjectEvent event, String eventId, long sequence, Instant at) {
        return entry(event, null, eventId, sequence, at);
    }

    private byte[] write(ProjectEvent event) {
        try {
            return json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName(), e);
        }
    }

    /** Inserts one entry; logged already (at-least-once delivery) is skipped ({@link InsertOnce}). */
    void append(RawBsonDocument entry) {
        InsertOnce.insertAll(entries(), List.of(entry));
    }

    /** Inserts the entries in one request; one logged already (a redelivered batch) is skipped ({@link InsertOnce}). */
    void appendAll(List<RawBsonDocument> entries) {
        InsertOnce.insertAll(entries(), entries);
    }

    private MongoCollection<RawBsonDocument> entries() {
        return mongo.getCollection(COLLECTION).withDocumentClass(RawBsonDocument.class);
    }

    /** The project's events recorded before {@code before}, in order. */
    public List<Logged> recordedBefore(String projectId, Instant before) {
        return find(Criteria.where("projectId").is(projectId).and("recordedAt").lt(before.toEpochMilli()));
    }

    /** Every event of the project, in order: its timeline, which the stored view does not carry. */
    public List<Logged> of(String projectId) {
        return find(Criteria.where("projectId").is(projectId));
    }

    /** The project's events after {@code sequence}, in order: what a timeline folded up to it lacks. */
    public List<Logged> after(String projectId, long sequence) {
        return find(Criteria.where("projectId").is(projectId).and("sequence").gt(sequence));
    }

    private List<Logged> find(Criteria criteria) {
        Query query = Query.query(criteria).with(Sort.by("sequence"));
        return mongo.find(query, Document.class, COLLECTION).stream().map(this::read).toList();
    }

    /**
     * An entry back as the event. Entries logged before the payload became JSON text hold it as a document; they
     * read as they are until a rebuild writes the log again.
     */
    Logged read(Document entry) {
        Class<? extends DomainEvent> type = CloudEventTypes.classOf(entry.getString("type"))
                .orElseThrow(() -> new IllegalStateException("unknown event type " + entry.getString("type")));
        Object payload = entry.get("payload");
        ProjectEvent event;
        try {
            event = (ProjectEvent) (payload instanceof String text ? tolerantReader.readValue(text, type)
                    : tolerantReader.convertValue(payload, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read logged event " + entry.getString("_id"), e);
        }
        return new Logged(event, entry.getString("_id"), entry.getLong("sequence"),
                Instant.ofEpochMilli(entry.getLong("recordedAt")));
    }

    /** Entries of one plan: by the plan-code field, or in the payload of entries logged before it existed. */
    static Criteria ofPlan(String plan) {
        return new Criteria().orOperator(Criteria.where("planCode").is(plan), Criteria.where("payload.planCode").is(plan));
    }

    void drop() {
        mongo.dropCollection(COLLECTION);
        createIndex();
    }
}
