package org.fyptracker.departments.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.departments.DissolveDepartment;
import org.fyptracker.contracts.departments.MergeDepartments;
import org.fyptracker.contracts.departments.RegisterDepartment;
import org.fyptracker.contracts.departments.RenameDepartment;
import org.fyptracker.departments.activity.ActivityEntry;
import org.fyptracker.departments.activity.DepartmentActivity;
import org.fyptracker.departments.department.AssignmentLookup;
import org.fyptracker.departments.department.Assignments;
import org.fyptracker.departments.department.DepartmentRules;
import org.fyptracker.departments.department.DepartmentStatus;
import org.fyptracker.departments.registry.DepartmentRegistry;
import org.fyptracker.departments.registry.DepartmentView;
import org.fyptracker.platform.http.writes.WriteRequests;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The department registry: anyone reads it, admins change it (who may call what is in SecurityConfiguration
 * and docs/security.md). Changes are commands; the registry shows them a moment later.
 */
@RestController
@Validated
@RequestMapping(path = "/api/v1/departments", produces = "application/json")
public class DepartmentController {

    private final WriteRequests writes;
    private final DepartmentRegistry registry;
    private final DepartmentActivity activity;
    private final AssignmentLookup assignments;

    public DepartmentController(WriteRequests writes, DepartmentRegistry registry, DepartmentActivity activity,
                                AssignmentLookup assignments) {
        this.writes = writes;
        this.registry = registry;
        this.activity = activity;
        this.assignments = assignments;
    }

    @GetMapping
    public List<DepartmentView> list(@RequestParam(required = false) DepartmentStatus status) {
        return registry.all(status);
    }

    @GetMapping("/{code}")
    public DepartmentView get(@PathVariable String code) {
        checkCode(code);
        return registry.find(code).orElseThrow(() -> unknown(code));
    }

    @GetMapping("/{code}/activity")
    public List<ActivityEntry> activity(@PathVariable String code,
                                        @RequestParam(required = false) Instant since,
                                        @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        checkCode(code);
        return activity.of(code, since, limit);
    }

    /** What dissolving the department waits for: open projects, indicators, active clients (supervise, admin). */
    @GetMapping("/{code}/assignments")
    public Assignments assignments(@PathVariable String code) {
        checkCode(code);
        registry.find(code).orElseThrow(() -> unknown(code));
        return assignments.of(code);
    }

    @PostMapping(consumes = "application/json")
    public ResponseEntity<?> register(@RequestHeader(name = "Idempotency-Key", required = false) String key,
                                      @Valid @RequestBody DepartmentRequests.Register body) {
        return writes.execute(key, List.of("register", body), request -> {
            if (body.parent() != null && !registry.isActive(body.parent())) {
                throw RuleViolation.invalid("parent-unknown", "parent", "no active department " + body.parent() + " is registered");
            }
            try {
                request.send(new RegisterDepartment(body.code(), body.name(), body.kind(), body.parent(), request.provenance()));
            } catch (AggregateStreamCreationException alreadyRegistered) {
                throw RuleViolation.conflict("department-already-registered", "code",
                        "department " + body.code() + " is already registered; codes are never reused");
            }
            return ResponseEntity.created(URI.create("/api/v1/departments/" + body.code())).body(Map.of("code", body.code()));
        });
    }

    @PutMapping(path = "/{code}/name", consumes = "application/json")
    public ResponseEntity<?> rename(@PathVariable String code,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                    @Valid @RequestBody DepartmentRequests.Rename body) {
        checkCode(code);
        return writes.execute(key, List.of("rename", code, body), request -> {
            request.send(new RenameDepartment(code, body.name(), body.reason(), request.provenance()));
            return accepted(code);
        });
    }

    @PostMapping(path = "/merges", consumes = "application/json")
    public ResponseEntity<?> merge(@RequestHeader(name = "Idempotency-Key", required = false) String key,
                                   @Valid @RequestBody DepartmentRequests.Merge body) {
        return writes.execute(key, List.of("merge", body), request -> {
            request.send(new MergeDepartments(body.successor(), body.merged(), body.reason(), request.provenance()));
            return accepted(body.successor());
        });
    }

    @PostMapping(path = "/{code}/dissolve", consumes = "application/json")
    public ResponseEntity<?> dissolve(@PathVariable String code,
                                      @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                      @Valid @RequestBody DepartmentRequests.Dissolve body) {
        checkCode(code);
        return writes.execute(key, List.of("dissolve", code, body), request -> {
            request.send(new DissolveDepartment(code, body.reason(), request.provenance()));
            return accepted(code);
        });
    }

    private static ResponseEntity<?> accepted(String code) {
        return ResponseEntity.ok().location(URI.create("/api/v1/departments/" + code)).body(Map.of("code", code));
    }

    /** Codes end up in Mongo queries and URLs: only the code alphabet. */
    static void checkCode(String code) {
        if (code == null || !code.matches(DepartmentRules.CODE)) {
            throw RuleViolation.invalid("department-code-format", "code", "not a department code");
        }
    }

    static RuleViolation unknown(String code) {
        return RuleViolation.notFound("department-unknown", "code", "no department " + code + " is registered");
    }
}
