package org.fyptracker.indicators.web;

import static org.fyptracker.indicators.web.IndicatorWrites.accepted;
import static org.fyptracker.indicators.web.IndicatorWrites.checkCode;
import static org.fyptracker.indicators.web.IndicatorWrites.created;
import static org.fyptracker.indicators.web.IndicatorWrites.sendTo;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.indicators.AdjustTarget;
import org.fyptracker.contracts.indicators.AssignResponsibility;
import org.fyptracker.contracts.indicators.AssignTarget;
import org.fyptracker.contracts.indicators.DefineIndicator;
import org.fyptracker.contracts.plans.Baseline;
import org.fyptracker.indicators.web.TargetRequests.AdjustTargetRequest;
import org.fyptracker.indicators.web.TargetRequests.AssignTargetRequest;
import org.fyptracker.indicators.web.TargetRequests.ResponsibilityRequest;
import org.fyptracker.platform.http.writes.WriteRequests;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Defining indicators (an admin, or the plan catalog's seeding) and what happens to their targets and
 * responsibility afterwards. The evaluation is read from the tracking service (the Location of every answer).
 */
@RestController
@RequestMapping(path = "/api/v1/indicators", produces = "application/json")
public class IndicatorController {

    private final WriteRequests requests;

    public IndicatorController(WriteRequests requests) {
        this.requests = requests;
    }

    @PostMapping(consumes = "application/json")
    public ResponseEntity<?> define(@RequestHeader(name = "Idempotency-Key", required = false) String key,
                                    @Valid @RequestBody DefineIndicatorRequest body) {
        return requests.execute(key, List.of("define", body), request -> {
            Baseline baseline = body.baseline() == null ? null : body.baseline().toBaseline();
            try {
                request.send(new DefineIndicator(body.code(), body.category(), body.name(), body.parentName(),
                        body.unit(), body.attribute(), baseline, body.targetText(), body.growthText(), body.target(),
                        body.responsibleDepartments(), Boolean.TRUE.equals(body.quarterly()), body.horizonYear(),
                        request.provenance()));
            } catch (AggregateStreamCreationException alreadyDefined) {
                throw RuleViolation.conflict("indicator-defined-once", "code", "indicator " + body.code()
                        + " is already defined; change its target or responsibility instead");
            }
            return created(body.code(), Map.of("code", body.code()));
        });
    }

    @PutMapping(path = "/{code}/responsibility", consumes = "application/json")
    public ResponseEntity<?> assignResponsibility(@PathVariable String code,
                                                  @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                  @Valid @RequestBody ResponsibilityRequest body) {
        checkCode(code);
        return requests.execute(key, List.of("responsibility", code, body), request -> {
            sendTo(request, code, new AssignResponsibility(code, body.departments(), body.reason(), request.provenance()));
            return accepted(code);
        });
    }

    @PostMapping(path = "/{code}/assigned-target", consumes = "application/json")
    public ResponseEntity<?> assignTarget(@PathVariable String code,
                                          @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                          @Valid @RequestBody AssignTargetRequest body) {
        checkCode(code);
        return requests.execute(key, List.of("assign-target", code, body), request -> {
            sendTo(request, code, new AssignTarget(code, body.target(), body.documentReference(), request.provenance()));
            return accepted(code);
        });
    }

    @PostMapping(path = "/{code}/target-adjustments", consumes = "application/json")
    public ResponseEntity<?> adjustTarget(@PathVariable String code,
                                          @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                          @Valid @RequestBody AdjustTargetRequest body) {
        checkCode(code);
        return requests.execute(key, List.of("adjust-target", code, body), request -> {
            sendTo(request, code, new AdjustTarget(code, body.target(), body.approvalReference(), body.reason(),
                    request.provenance()));
            return accepted(code);
        });
    }
}
