package org.fyptracker.projects.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import org.fyptracker.platform.time.BusinessClock;
import org.fyptracker.projects.deadlines.OverdueScan;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moves the business date, for demos and end-to-end tests only: the endpoint exists only under the
 * {@code demo} profile. Runs the overdue scan at once, so a moved date shows straight away.
 */
@RestController
@Profile("demo")
public class DemoClockController {

    private final BusinessClock clock;
    private final OverdueScan overdueScan;

    public DemoClockController(BusinessClock clock, OverdueScan overdueScan) {
        this.clock = clock;
        this.overdueScan = overdueScan;
    }

    record SetClock(@NotNull LocalDate date) {
    }

    @PutMapping(path = "/api/v1/admin/clock", consumes = "application/json", produces = "application/json")
    public Map<String, Object> set(@Valid @org.springframework.web.bind.annotation.RequestBody SetClock body) {
        clock.setToday(body.date());
        int overdue = overdueScan.scan();
        return Map.of("date", clock.today().toString(), "milestonesPastTheirDate", overdue);
    }
}
