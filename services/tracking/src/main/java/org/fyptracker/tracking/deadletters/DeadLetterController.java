package org.fyptracker.tracking.deadletters;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin: events the read models could not apply (docs/reliability.md). {@code GET} lists them (optionally of
 * one processing group), {@code POST …/{eventId}/retry} handles that event's aggregate's parked events again,
 * {@code POST …/retry} retries every parked aggregate, {@code DELETE …/{eventId}} drops one event for good.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/tracking/dead-letters", produces = "application/json")
public class DeadLetterController {

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    public record Listing(Map<String, Long> counts, List<DeadLetterView> items) {
    }

    @GetMapping
    public Listing list(@RequestParam(required = false) String group) {
        return new Listing(deadLetters.counts(), deadLetters.list(group));
    }

    @PostMapping("/{eventId}/retry")
    public DeadLetters.RetryOutcome retry(@PathVariable String eventId) {
        return deadLetters.retry(eventId);
    }

    @PostMapping("/retry")
    public Map<String, Object> retryAll() {
        return Map.of("sequencesCleared", deadLetters.retryAll(), "counts", deadLetters.counts());
    }

    @DeleteMapping("/{eventId}")
    public DeadLetterView drop(@PathVariable String eventId) {
        return deadLetters.drop(eventId);
    }
}
