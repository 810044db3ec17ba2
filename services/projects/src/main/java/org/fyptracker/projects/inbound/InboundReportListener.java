package org.fyptracker.projects.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fyptracker.platform.http.ProblemResponses;
import org.fyptracker.platform.http.Problems;
import org.fyptracker.projects.web.KeyProjectController;
import org.fyptracker.projects.web.MilestoneReportRequest;
import org.fyptracker.projects.web.PlanMilestoneRequest;
import org.fyptracker.projects.web.RegisterKeyProjectRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * The Kafka way in for batch senders: each inbound record goes through exactly what its REST call goes
 * through (validation, Idempotency-Key, command, rules), and its outcome is published. A record that
 * cannot even be read is rejected with a problem like any other: it never blocks the partition.
 */
@Component
public class InboundReportListener {

    private static final Logger log = LoggerFactory.getLogger(InboundReportListener.class);

    private final ObjectMapper json;
    private final Validator validator;
    private final KeyProjectController projects;
    private final ProblemResponses problems;
    private final KafkaTemplate<String, String> kafka;
    private final String outcomesTopic;

    public InboundReportListener(ObjectMapper json, Validator validator, KeyProjectController projects,
                                 ProblemResponses problems, KafkaTemplate<String, String> kafka,
                                 @Value("${fyp.projects.outcomes-topic}") String outcomesTopic) {
        this.json = json;
        this.validator = validator;
        this.projects = projects;
        this.problems = problems;
        this.kafka = kafka;
        this.outcomesTopic = outcomesTopic;
    }

    @KafkaListener(topics = "${fyp.projects.inbound-topic}", groupId = "${fyp.projects.inbound-group:projects-inbound}")
    public void on(ConsumerRecord<String, String> record)
            throws InterruptedException, ExecutionException, TimeoutException, JsonProcessingException {
        ReportOutcome.Source source = new ReportOutcome.Source(record.topic(), record.partition(), record.offset());
        String key = null;
        ReportOutcome outcome;
        try {
            InboundReport report = json.readValue(record.value(), InboundReport.class);
            key = report.idempotencyKey();
            ResponseEntity<?> answer = dispatch(report);
            outcome = ReportOutcome.accepted(key, answer.getStatusCode().value(), bodyOf(answer), source);
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            outcome = ReportOutcome.rejected(key, Problems.of(HttpStatus.BAD_REQUEST, "malformed-record", null,
                    "the record is not an inbound report: " + firstLine(unreadable.getMessage())), source);
        } catch (RuntimeException refused) {
            outcome = ReportOutcome.rejected(key, problems.toProblem(refused), source);
        }
        String outcomeKey = key != null ? key : record.topic() + "-" + record.partition() + "-" + record.offset();
        // Waits for the broker: if the outcome cannot be published the record is retried, and the retry is
        // answered from the Idempotency-Key store without applying anything twice.
        kafka.send(outcomesTopic, outcomeKey, json.writeValueAsString(outcome)).get(30, TimeUnit.SECONDS);
        log.info("inbound record offset={} partition={} key={} outcome={} status={}", record.offset(),
                record.partition(), outcomeKey, outcome.outcome(), outcome.status());
    }

    private ResponseEntity<?> dispatch(InboundReport report) throws JsonProcessingException {
        if (report.operation() == null) {
            throw new IllegalArgumentException("operation is required");
        }
        return switch (report.operation()) {
            case REGISTER_PROJECT -> projects.register(report.idempotencyKey(), valid(report.body(), RegisterKeyProjectRequest.class));
            case PLAN_MILESTONE -> projects.planMilestone(report.projectId(), report.idempotencyKey(),
                    valid(report.body(), PlanMilestoneRequest.class));
            case REPORT_MILESTONE -> projects.report(report.projectId(), report.milestoneId(), report.idempotencyKey(),
                    valid(report.body(), MilestoneReportRequest.class));
        };
    }

    private <T> T valid(JsonNode body, Class<T> type) throws JsonProcessingException {
        if (body == null) {
            throw new IllegalArgumentException("body is required");
        }
        T request = json.treeToValue(body, type);
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    private JsonNode bodyOf(ResponseEntity<?> answer) throws JsonProcessingException {
        Object body = answer.getBody();
        return body instanceof String replayed ? json.readTree(replayed) : json.valueToTree(body);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
