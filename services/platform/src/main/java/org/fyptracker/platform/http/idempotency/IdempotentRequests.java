package org.fyptracker.platform.http.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.bson.Document;
import org.fyptracker.contracts.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The Idempotency-Key semantics of the IETF draft for every write endpoint: the same key with the same
 * request gives back the first answer without doing anything again; the same key with another request is
 * refused (422); a duplicate that arrives while the first is still running is refused (409). A request
 * that fails releases its key, since nothing was applied.
 */
public class IdempotentRequests {

    private static final Logger log = LoggerFactory.getLogger(IdempotentRequests.class);

    private final MongoTemplate mongo;
    private final ObjectMapper json;
    private final IdempotencyProperties properties;
    private final Clock clock;

    public IdempotentRequests(MongoTemplate mongo, ObjectMapper json, IdempotencyProperties properties, Clock clock) {
        this.mongo = mongo;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Runs {@code action} once for {@code (scope, key)}.
     *
     * @param scope   whose key space this is (the calling client), so two clients never collide
     * @param key     the Idempotency-Key header, or null
     * @param request what identifies the request: method, path and body
     */
    public ResponseEntity<?> execute(String scope, String key, Object request, Supplier<ResponseEntity<?>> action) {
        if (key == null || key.isBlank()) {
            if (properties.required()) {
                throw RuleViolation.invalid("idempotency-key-required", "Idempotency-Key",
                        "send an Idempotency-Key header (a unique value per request, reused only for retries)");
            }
            return action.get();
        }
        if (key.contains(",")) {
            // Two Idempotency-Key headers arrive joined by a comma: which one is meant cannot be known.
            throw RuleViolation.invalid("idempotency-key-invalid", "Idempotency-Key",
                    "send exactly one Idempotency-Key header, a value without commas");
        }
        if (key.length() > 128) {
            throw RuleViolation.invalid("idempotency-key-too-long", "Idempotency-Key", "at most 128 characters");
        }
        String id = scope + "|" + key;
        String fingerprint = fingerprint(request);
        Document previous = claim(id, fingerprint);
        if (previous != null) {
            return replay(previous);
        }
        try {
            ResponseEntity<?> response = action.get();
            complete(id, response);
            return response;
        } catch (RuntimeException e) {
            mongo.remove(Query.query(Criteria.where("_id").is(id).and("state").is("IN_PROGRESS")), properties.collection());
            throw e;
        }
    }

    /** Null when this request now holds the key; the finished earlier answer otherwise. */
    private Document claim(String id, String fingerprint) {
        Instant now = clock.instant();
        Document claim = new Document("_id", id)
                .append("fingerprint", fingerprint)
                .append("state", "IN_PROGRESS")
                .append("leaseUntil", now.plus(properties.lease()).toEpochMilli())
                .append("createdAt", now.toString());
        try {
            mongo.insert(claim, properties.collection());
            return null;
        } catch (DuplicateKeyException taken) {
            Document existing = mongo.findById(id, Document.class, properties.collection());
            if (existing == null) {
                return claim(id, fingerprint); // released in between: try again
            }
            if (!fingerprint.equals(existing.getString("fingerprint"))) {
                throw RuleViolation.invalid("idempotency-key-reused", "Idempotency-Key",
                        "this Idempotency-Key was used for a different request");
            }
            if ("DONE".equals(existing.getString("state"))) {
                return existing;
            }
            if (existing.getLong("leaseUntil") > now.toEpochMilli()) {
                throw RuleViolation.conflict("request-in-progress", "Idempotency-Key",
                        "a request with this Idempotency-Key is still being processed");
            }
            return takeOver(id, existing, fingerprint, now);
        }
    }

    private Document takeOver(String id, Document stale, String fingerprint, Instant now) {
        Query unchanged = Query.query(Criteria.where("_id").is(id).and("state").is("IN_PROGRESS")
                .and("leaseUntil").is(stale.getLong("leaseUntil")));
        Update renew = Update.update("leaseUntil", now.plus(properties.lease()).toEpochMilli());
        if (mongo.updateFirst(unchanged, renew, properties.collection()).getModifiedCount() == 1) {
            log.info("idempotency key taken over after an unfinished attempt key={}", id);
            return null;
        }
        throw RuleViolation.conflict("request-in-progress", "Idempotency-Key",
                "a request with this Idempotency-Key is still being processed");
    }

    private void complete(String id, ResponseEntity<?> response) {
        Update done = new Update().set("state", "DONE")
                .set("status", response.getStatusCode().value())
                .set("body", write(response.getBody()));
        if (response.getHeaders().getLocation() != null) {
            done.set("location", response.getHeaders().getLocation().toString());
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), done, properties.collection());
    }

    private ResponseEntity<?> replay(Document done) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(HttpStatus.valueOf(done.getInteger("status")))
                .header("Idempotent-Replayed", "true");
        if (done.getString("location") != null) {
            builder.header(HttpHeaders.LOCATION, done.getString("location"));
        }
        String body = done.getString("body");
        return body == null ? builder.build() : builder.contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private String write(Object body) {
        if (body == null) {
            return null;
        }
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String fingerprint(Object request) {
        try {
            byte[] canonical = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
