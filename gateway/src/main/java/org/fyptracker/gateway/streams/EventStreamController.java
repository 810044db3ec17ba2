package org.fyptracker.gateway.streams;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/streams/{topic}}: an event topic as server-sent events, for integrators that speak
 * only HTTP. Each event's data is the record's CloudEvent in structured JSON ({@code application/cloudevents+json}:
 * the same id, type, source, subject, time, extensions and data as on Kafka); its SSE id is the stream's
 * position (see {@link StreamCursor}). Reconnecting with that id in {@code Last-Event-ID} (EventSource does
 * it by itself) resumes exactly there. Without one the stream starts at the beginning of the topic, or with
 * {@code ?from=latest} at its end. Needs the {@code supervise} scope.
 */
@RestController
class EventStreamController {

    static final String PATH = "/api/v1/streams/{topic}";

    private final StreamProperties properties;
    private final StreamAccess access;
    private final TopicStreamer streamer;

    EventStreamController(StreamProperties properties, StreamAccess access, TopicStreamer streamer) {
        this.properties = properties;
        this.access = access;
        this.streamer = streamer;
    }

    @GetMapping(path = PATH)
    Mono<ResponseEntity<?>> stream(@PathVariable String topic,
                                   @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                                   @RequestParam(name = "lastEventId", required = false) String lastEventIdParam,
                                   @RequestParam(name = "from", defaultValue = "earliest") String from,
                                   ServerWebExchange exchange) {
        return access.check(exchange).then(Mono.<ResponseEntity<?>>fromCallable(() -> {
            if (!properties.topics().contains(topic)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No stream named " + topic + ".");
            }
            if (!from.equals("earliest") && !from.equals("latest")) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from is earliest or latest.");
            }
            String resumeFrom = lastEventId != null && !lastEventId.isBlank() ? lastEventId : lastEventIdParam;
            StreamCursor cursor;
            try {
                cursor = resumeFrom == null || resumeFrom.isBlank() ? null : StreamCursor.parse(topic, resumeFrom.trim());
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
            }
            if (!streamer.tryOpen()) {
                throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Too many open streams; retry later.");
            }
            Flux<ServerSentEvent<String>> events = streamer.stream(topic, cursor, from.equals("latest"));
            return (ResponseEntity<?>) ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM)
                    .header(HttpHeaders.CACHE_CONTROL, "no-cache").header("X-Accel-Buffering", "no").body(events);
        })).onErrorResume(ResponseStatusException.class, e -> Mono.<ResponseEntity<?>>just(problem(e, exchange)));
    }

    /** Refusals answered as RFC 9457 problems, like every other answer of the gateway. */
    private static ResponseEntity<?> problem(ResponseStatusException e, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.getStatusCode(), e.getReason());
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        problem.setType(URI.create("https://fyp-tracker.org/problems/" + status.name().toLowerCase().replace('_', '-')));
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.UNAUTHORIZED) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return answer.body(problem);
    }
}
