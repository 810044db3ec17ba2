package org.fyptracker.catalog.importing;

import java.time.Clock;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.platform.http.Caller;
import org.fyptracker.platform.http.CallerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An admin imports a further plan (another district's outline in the same form): first a dry run that
 * says what would be created and every warning, then the real import.
 */
@RestController
@RequestMapping("/api/v1/admin/plans/imports")
class PlanImportController {

    private final PlanImports imports;
    private final CallerResolver callers;
    private final Clock clock;

    PlanImportController(PlanImports imports, CallerResolver callers, Clock clock) {
        this.imports = imports;
        this.callers = callers;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<ImportReport> importOutline(@RequestParam String code,
                                               @RequestParam(required = false) String parent,
                                               @RequestParam(defaultValue = "false") boolean dryRun,
                                               @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                               @RequestBody String outline) {
        if (dryRun) {
            return ResponseEntity.ok(imports.dryRun(code, parent, outline));
        }
        Caller caller = callers.current();
        ImportReport report = imports.importPlan(code, parent, outline,
                new Provenance(caller.department(), caller.client(), clock.instant(), key));
        return ResponseEntity.status(report.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .header("Location", "/api/v1/plans/" + report.planCode())
                .body(report);
    }
}
