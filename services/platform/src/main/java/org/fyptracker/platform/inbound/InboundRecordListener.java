package org.fyptracker.platform.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fyptracker.contracts.inbound.InboundOutcome;
import org.fyptracker.contracts.inbound.InboundRecord;
import org.fyptracker.platform.http.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The Kafka way in for department systems: each record on the service's inbound topic goes through exactly
 * what its REST call goes through (the sender's token, validation, Idempotency-Key, command, rules), and its
 * outcome is published on the outcomes topic. A record that cannot even be read is rejected with a problem
 * like any other: it never blocks the partition.
 */
public class InboundRecordListener<R extends InboundRecord> {

    private static final Logger log = LoggerFactory.getLogger(InboundRecordListener.class);

    private final InboundDispatch<R> dispatch;
    private final InboundSenders senders;
    private final InboundBodies bodies;
    private final ObjectMapper strict;
    private final ObjectMapper json;
    private final ProblemResponses problems;
    private final KafkaTemplate<String, String> kafka;
    private final String outcomesTopic;

    public InboundRecordListener(InboundDispatch<R> dispatch, InboundSenders senders, InboundBodies bodies,
                                 ObjectMapper strict, ObjectMapper json, ProblemResponses problems,
                                 KafkaTemplate<String, String> kafka, String outcomesTopic) {
        this.dispatch = dispatch;
        this.senders = senders;
        this.bodies = bodies;
        this.strict = strict;
        this.json = json;
        this.problems = problems;
        this.kafka = kafka;
        this.outcomesTopic = outcomesTopic;
    }

    // A group of the service's own, from the beginning of the topic for a new group, committed after the outcome.
    @KafkaListener(topics = "${fyp.inbound.topic}", groupId = "${fyp.inbound.group:${spring.application.name}-inbound}",
            properties = {"auto.offset.reset=earliest", "enable.auto.commit=false"})
    public void on(ConsumerRecord<String, String> record)
            throws InterruptedException, ExecutionException, TimeoutException, JsonProcessingException {
        InboundOutcome.Source source = new InboundOutcome.Source(record.topic(), record.partition(), record.offset());
        String key = null;
        InboundOutcome outcome;
        try {
            R request = read(record.value());
            key = request.idempotencyKey();
            ResponseEntity<?> answer = senders.runAs(record.headers(), () -> dispatch.dispatch(request, bodies));
            outcome = InboundOutcome.accepted(key, answer.getStatusCode().value(), bodyOf(answer), source);
        } catch (InboundRefusal refused) {
            outcome = rejected(key, refused.problem(), source);
        } catch (RuntimeException refused) {
            outcome = rejected(key, problems.toProblem(refused), source);
        }
        String outcomeKey = key != null ? key : source.key();
        // Waits for the broker: if the outcome cannot be published the record is retried, and the retry is
        // answered from the Idempotency-Key store without applying anything twice.
        kafka.send(outcomesTopic, outcomeKey, json.writeValueAsString(outcome)).get(30, TimeUnit.SECONDS);
        log.info("inbound record topic={} partition={} offset={} key={} outcome={} status={} rule={}", record.topic(),
                record.partition(), record.offset(), outcomeKey, outcome.outcome(), outcome.status(),
                outcome.problem() == null ? null : outcome.problem().path("rule").asText(null));
    }

    private R read(String value) {
        if (value == null) {
            throw InboundRefusal.malformed("the record has no value");
        }
        R request;
        try {
            request = strict.readValue(value, dispatch.recordType());
        } catch (JsonProcessingException unreadable) {
            throw InboundRefusal.malformed(firstLine(unreadable.getOriginalMessage()));
        }
        if (request.operation() == null) {
            throw InboundRefusal.malformed("operation is required");
        }
        return request;
    }

    private InboundOutcome rejected(String key, ProblemDetail problem, InboundOutcome.Source source) {
        return InboundOutcome.rejected(key, problem.getStatus(), json.valueToTree(problem), source);
    }

    private JsonNode bodyOf(ResponseEntity<?> answer) throws JsonProcessingException {
        Object body = answer.getBody();
        return body instanceof String replayed ? json.readTree(replayed) : json.valueToTree(body);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
