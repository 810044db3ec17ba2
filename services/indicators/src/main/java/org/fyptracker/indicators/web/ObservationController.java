package org.fyptracker.indicators.web;

import static org.fyptracker.indicators.web.IndicatorWrites.checkCode;
import static org.fyptracker.indicators.web.IndicatorWrites.created;
import static org.fyptracker.indicators.web.IndicatorWrites.sendTo;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.fyptracker.contracts.indicators.RecordObservation;
import org.fyptracker.contracts.indicators.ReviseObservation;
import org.fyptracker.platform.http.writes.WriteRequests;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Department systems report what the statistics say for the indicators they are responsible for. */
@RestController
@RequestMapping(path = "/api/v1/indicators/{code}/observations", produces = "application/json")
public class ObservationController {

    private final WriteRequests requests;

    public ObservationController(WriteRequests requests) {
        this.requests = requests;
    }

    @PostMapping(consumes = "application/json")
    public ResponseEntity<?> record(@PathVariable String code,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                    @Valid @RequestBody ObservationRequest body) {
        checkCode(code);
        return requests.execute(key, List.of("observation", code, body), request -> {
            sendTo(request, code, new RecordObservation(code, body.period(), body.value(), body.kind(), body.source(),
                    Boolean.TRUE.equals(body.laggedYear()), body.note(), request.provenance()));
            return created(code, Map.of("code", code, "period", body.period()));
        });
    }

    @PostMapping(path = "/{period}/revisions", consumes = "application/json")
    public ResponseEntity<?> revise(@PathVariable String code, @PathVariable String period,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                    @Valid @RequestBody RevisionRequest body) {
        checkCode(code);
        return requests.execute(key, List.of("revision", code, period, body), request -> {
            sendTo(request, code, new ReviseObservation(code, period, body.value(), body.kind(), body.source(),
                    Boolean.TRUE.equals(body.laggedYear()), body.note(), body.reason(), request.provenance()));
            return created(code, Map.of("code", code, "period", period));
        });
    }
}
