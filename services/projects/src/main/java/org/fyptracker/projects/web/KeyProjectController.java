package org.fyptracker.projects.web;

import static org.fyptracker.projects.web.ProjectWrites.checkId;
import static org.fyptracker.projects.web.ProjectWrites.created;
import static org.fyptracker.projects.web.ProjectWrites.newId;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.projects.AchieveMilestone;
import org.fyptracker.contracts.projects.PlanMilestone;
import org.fyptracker.contracts.projects.ProjectKind;
import org.fyptracker.contracts.projects.RegisterKeyProject;
import org.fyptracker.contracts.projects.ReportMilestoneProgress;
import org.fyptracker.contracts.projects.StartMilestone;
import org.fyptracker.platform.http.writes.WriteRequests;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Departments register key projects, plan milestones and report on them here. Each request becomes one
 * command; what the project then looks like is read from the tracking service (the Location of every answer).
 */
@RestController
@RequestMapping(path = "/api/v1/projects", produces = "application/json")
public class KeyProjectController {

    private final WriteRequests requests;

    public KeyProjectController(WriteRequests requests) {
        this.requests = requests;
    }

    @PostMapping(consumes = "application/json")
    public ResponseEntity<?> register(@RequestHeader(name = "Idempotency-Key", required = false) String key,
                                      @Valid @RequestBody RegisterKeyProjectRequest body) {
        return requests.execute(key, List.of("register", body), request -> {
            String projectId = newId(request, "project");
            try {
                request.send(new RegisterKeyProject(projectId, body.name(), body.planRef(),
                        Objects.requireNonNullElse(body.kind(), ProjectKind.PROGRAMME), body.leadDepartment(),
                        body.coDepartments(), body.location(), body.plannedStart(), body.plannedEnd(),
                        body.plannedInvestment(), request.provenance()));
            } catch (AggregateStreamCreationException alreadyRegistered) {
                // Same key, same id: an earlier attempt of this very request registered it before crashing.
                if (key == null) {
                    throw RuleViolation.conflict("project-already-registered", "id", "this project is already registered");
                }
            }
            return created(projectId, projectId);
        });
    }

    @PostMapping(path = "/{projectId}/milestones", consumes = "application/json")
    public ResponseEntity<?> planMilestone(@PathVariable String projectId,
                                           @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                           @Valid @RequestBody PlanMilestoneRequest body) {
        checkId(projectId, "projectId");
        return requests.execute(key, List.of("milestone", projectId, body), request -> {
            String milestoneId = newId(request, "milestone");
            request.send(new PlanMilestone(projectId, milestoneId, body.title(), body.plannedDate(),
                    Objects.requireNonNullElse(body.weight(), 1), request.provenance()));
            return created(projectId, milestoneId);
        });
    }

    @PostMapping(path = "/{projectId}/milestones/{milestoneId}/reports", consumes = "application/json")
    public ResponseEntity<?> report(@PathVariable String projectId, @PathVariable String milestoneId,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                    @Valid @RequestBody MilestoneReportRequest body) {
        checkId(projectId, "projectId");
        checkId(milestoneId, "milestoneId");
        return requests.execute(key, List.of("report", projectId, milestoneId, body), request -> {
            String reportId = newId(request, "report");
            Provenance provenance = request.provenance();
            request.send(switch (body.type()) {
                case STARTED -> new StartMilestone(projectId, milestoneId, reportId, body.reportedOn(),
                        body.narrative(), provenance);
                case PROGRESS -> new ReportMilestoneProgress(projectId, milestoneId, reportId,
                        requirePercent(body.percentComplete()), body.investmentCompleted(), body.narrative(),
                        body.correctionReason(), body.evidence(), body.reportedOn(), provenance);
                case ACHIEVED -> new AchieveMilestone(projectId, milestoneId, reportId, body.reportedOn(),
                        body.narrative(), provenance);
            });
            return created(projectId, reportId);
        });
    }

    private static int requirePercent(Integer percent) {
        if (percent == null) {
            throw RuleViolation.invalid("percent-required", "percentComplete", "a PROGRESS report needs percentComplete");
        }
        return percent;
    }
}
