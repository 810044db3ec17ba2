package org.fyptracker.projects.web;

import static org.fyptracker.projects.web.ProjectWrites.accepted;
import static org.fyptracker.projects.web.ProjectWrites.checkId;
import static org.fyptracker.projects.web.ProjectWrites.created;
import static org.fyptracker.projects.web.ProjectWrites.newId;

import jakarta.validation.Valid;
import java.util.List;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.projects.AmendKeyProject;
import org.fyptracker.contracts.projects.CancelKeyProject;
import org.fyptracker.contracts.projects.CompleteKeyProject;
import org.fyptracker.contracts.projects.DropMilestone;
import org.fyptracker.contracts.projects.RaiseRisk;
import org.fyptracker.contracts.projects.ReassignLeadDepartment;
import org.fyptracker.contracts.projects.RescheduleMilestone;
import org.fyptracker.contracts.projects.ResolveRisk;
import org.fyptracker.contracts.projects.ResumeKeyProject;
import org.fyptracker.contracts.projects.SuspendKeyProject;
import org.fyptracker.platform.http.writes.WriteRequests;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rest of a key project's life: amendments, a new lead, rescheduling, risks, suspension and closing. */
@RestController
@RequestMapping(path = "/api/v1/projects/{projectId}", produces = "application/json")
public class KeyProjectLifecycleController {

    private final WriteRequests requests;

    public KeyProjectLifecycleController(WriteRequests requests) {
        this.requests = requests;
    }

    @PatchMapping(consumes = "application/json")
    public ResponseEntity<?> amend(@PathVariable String projectId,
                                   @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                   @Valid @RequestBody LifecycleRequests.Amend body) {
        checkId(projectId, "projectId");
        return requests.execute(key, List.of("amend", projectId, body), request -> {
            request.send(new AmendKeyProject(projectId, body.name(), body.location(), body.coDepartments(),
                    body.plannedStart(), body.plannedEnd(), body.plannedInvestment(), body.reason(), request.provenance()));
            return accepted(projectId);
        });
    }

    @PutMapping(path = "/lead", consumes = "application/json")
    public ResponseEntity<?> reassignLead(@PathVariable String projectId,
                                          @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                          @Valid @RequestBody LifecycleRequests.Reassign body) {
        checkId(projectId, "projectId");
        return requests.execute(key, List.of("lead", projectId, body), request -> {
            request.send(new ReassignLeadDepartment(projectId, body.lead(), body.reason(), request.provenance()));
            return accepted(projectId);
        });
    }

    @PostMapping(path = "/milestones/{milestoneId}/reschedule", consumes = "application/json")
    public ResponseEntity<?> reschedule(@PathVariable String projectId, @PathVariable String milestoneId,
                                        @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                        @Valid @RequestBody LifecycleRequests.Reschedule body) {
        checkId(projectId, "projectId");
        checkId(milestoneId, "milestoneId");
        return requests.execute(key, List.of("reschedule", projectId, milestoneId, body), request -> {
            request.send(new RescheduleMilestone(projectId, milestoneId, body.newDate(), body.reason(), request.provenance()));
            return accepted(projectId);
        });
    }

    @PostMapping(path = "/milestones/{milestoneId}/drop", consumes = "application/json")
    public ResponseEntity<?> drop(@PathVariable String projectId, @PathVariable String milestoneId,
                                  @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                  @Valid @RequestBody LifecycleRequests.Drop body) {
        checkId(projectId, "projectId");
        checkId(milestoneId, "milestoneId");
        return requests.execute(key, List.of("drop", projectId, milestoneId, body), request -> {
            request.send(new DropMilestone(projectId, milestoneId, body.reason(), request.provenance()));
            return accepted(projectId);
        });
    }

    @PostMapping(path = "/risks", consumes = "application/json")
    public ResponseEntity<?> raiseRisk(@PathVariable String projectId,
                                       @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                       @Valid @RequestBody LifecycleRequests.Risk body) {
        checkId(projectId, "projectId");
        return requests.execute(key, List.of("risk", projectId, body), request -> {
            String riskId = newId(request, "risk");
            request.send(new RaiseRisk(projectId, riskId, body.severity(), body.description(), body.raisedOn(),
                    request.provenance()));
            return created(projectId, riskId);
        });
    }

    @PostMapping(path = "/risks/{riskId}/resolve", consumes = "application/json")
    public ResponseEntity<?> resolveRisk(@PathVariable String projectId, @PathVariable String riskId,
                                         @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                         @Valid @RequestBody LifecycleRequests.Resolve body) {
        checkId(projectId, "projectId");
        checkId(riskId, "riskId");
        return requests.execute(key, List.of("resolve", projectId, riskId, body), request -> {
            request.send(new ResolveRisk(projectId, riskId, body.resolution(), body.resolvedOn(), request.provenance()));
            return accepted(projectId);
        });
    }

    @PostMapping(path = "/status", consumes = "application/json")
    public ResponseEntity<?> changeStatus(@PathVariable String projectId,
                                          @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                          @Valid @RequestBody LifecycleRequests.StatusChange body) {
        checkId(projectId, "projectId");
        return requests.execute(key, List.of("status", projectId, body), request -> {
            Provenance who = request.provenance();
            request.send(switch (body.action()) {
                case SUSPEND -> new SuspendKeyProject(projectId, body.reason(), body.effectiveOn(), who);
                case RESUME -> new ResumeKeyProject(projectId, body.reason(), body.effectiveOn(), who);
                case COMPLETE -> new CompleteKeyProject(projectId, body.reason(), body.effectiveOn(), who);
                case CANCEL -> new CancelKeyProject(projectId, body.reason(), body.effectiveOn(), who);
            });
            return accepted(projectId);
        });
    }
}
