package org.fyptracker.projects.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.projects.AchieveMilestone;
import org.fyptracker.contracts.projects.PlanMilestone;
import org.fyptracker.contracts.projects.ProjectKind;
import org.fyptracker.contracts.projects.RegisterKeyProject;
import org.fyptracker.contracts.projects.ReportMilestoneProgress;
import org.fyptracker.contracts.projects.StartMilestone;
import org.fyptracker.platform.http.Caller;
import org.fyptracker.platform.http.CallerResolver;
import org.fyptracker.platform.http.idempotency.IdempotentRequests;
import org.fyptracker.platform.time.BusinessClock;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Departments report on their key projects here. Each request becomes one command; what the project
 * then looks like is read from the tracking service (the Location of every answer).
 */
@RestController
@RequestMapping(path = "/api/v1/projects", produces = "application/json")
public class KeyProjectController {

    private static final String ID = "^[A-Za-z0-9-]{1,64}$";

    private final CommandGateway commands;
    private final IdempotentRequests idempotent;
    private final CallerResolver callers;
    private final BusinessClock clock;

    public KeyProjectController(CommandGateway commands, IdempotentRequests idempotent, CallerResolver callers,
                                BusinessClock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.callers = callers;
        this.clock = clock;
    }

    @PostMapping(consumes = "application/json")
    public ResponseEntity<?> register(@RequestHeader(name = "Idempotency-Key", required = false) String key,
                                      @Valid @RequestBody RegisterKeyProjectRequest body) {
        Caller caller = callers.current();
        return idempotent.execute(caller.idempotencyScope(), key, List.of("register", body), () -> {
            String projectId = RequestIds.newId("project", caller.idempotencyScope(), key);
            try {
                commands.sendAndWait(new RegisterKeyProject(projectId, body.name(), body.planRef(),
                        Objects.requireNonNullElse(body.kind(), ProjectKind.PROGRAMME), body.leadDepartment(),
                        body.coDepartments(), body.location(), body.plannedStart(), body.plannedEnd(),
                        body.plannedInvestment(), provenance(caller, key)));
            } catch (AggregateStreamCreationException alreadyRegistered) {
                // Same key, same id: an earlier attempt of this very request registered it before crashing.
                requireRetry(key);
            }
            return created("/api/v1/tracking/projects/" + projectId, projectId);
        });
    }

    @PostMapping(path = "/{projectId}/milestones", consumes = "application/json")
    public ResponseEntity<?> planMilestone(@PathVariable String projectId,
                                           @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                           @Valid @RequestBody PlanMilestoneRequest body) {
        checkId(projectId, "projectId");
        Caller caller = callers.current();
        return idempotent.execute(caller.idempotencyScope(), key, List.of("milestone", projectId, body), () -> {
            String milestoneId = RequestIds.newId("milestone", caller.idempotencyScope(), key);
            commands.sendAndWait(new PlanMilestone(projectId, milestoneId, body.title(), body.plannedDate(),
                    Objects.requireNonNullElse(body.weight(), 1), provenance(caller, key)));
            return created("/api/v1/tracking/projects/" + projectId, milestoneId);
        });
    }

    @PostMapping(path = "/{projectId}/milestones/{milestoneId}/reports", consumes = "application/json")
    public ResponseEntity<?> report(@PathVariable String projectId, @PathVariable String milestoneId,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                    @Valid @RequestBody MilestoneReportRequest body) {
        checkId(projectId, "projectId");
        checkId(milestoneId, "milestoneId");
        Caller caller = callers.current();
        return idempotent.execute(caller.idempotencyScope(), key, List.of("report", projectId, milestoneId, body), () -> {
            String reportId = RequestIds.newId("report", caller.idempotencyScope(), key);
            Provenance provenance = provenance(caller, key);
            Object command = switch (body.type()) {
                case STARTED -> new StartMilestone(projectId, milestoneId, reportId, body.reportedOn(),
                        body.narrative(), provenance);
                case PROGRESS -> new ReportMilestoneProgress(projectId, milestoneId, reportId,
                        requirePercent(body.percentComplete()), body.investmentCompleted(), body.narrative(),
                        body.evidence(), body.reportedOn(), provenance);
                case ACHIEVED -> new AchieveMilestone(projectId, milestoneId, reportId, body.reportedOn(),
                        body.narrative(), provenance);
            };
            commands.sendAndWait(command);
            return created("/api/v1/tracking/projects/" + projectId, reportId);
        });
    }

    private Provenance provenance(Caller caller, String key) {
        return caller.provenance(clock.now(), key);
    }

    private static ResponseEntity<?> created(String location, String id) {
        return ResponseEntity.created(URI.create(location)).body(Map.of("id", id));
    }

    private static int requirePercent(Integer percent) {
        if (percent == null) {
            throw RuleViolation.invalid("percent-required", "percentComplete", "a PROGRESS report needs percentComplete");
        }
        return percent;
    }

    private static void requireRetry(String key) {
        if (key == null) {
            throw RuleViolation.conflict("project-already-registered", "id", "this project is already registered");
        }
    }

    /** Ids end up in Mongo queries and URLs: only plain characters (no traversal, no operators). */
    private static void checkId(String id, String field) {
        if (!id.matches(ID)) {
            throw RuleViolation.invalid("id-format", field, field + " must be 1–64 letters, digits or '-'");
        }
    }
}
