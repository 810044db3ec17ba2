package org.fyptracker.projects.inbound;

import org.fyptracker.contracts.projects.InboundReport;
import org.fyptracker.platform.inbound.InboundBodies;
import org.fyptracker.platform.inbound.InboundDispatch;
import org.fyptracker.projects.web.KeyProjectController;
import org.fyptracker.projects.web.MilestoneReportRequest;
import org.fyptracker.projects.web.PlanMilestoneRequest;
import org.fyptracker.projects.web.RegisterKeyProjectRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Batch senders' reports on {@code fyp.reports.inbound.v1}: each operation is the REST call it mirrors. */
@Component
public class InboundReportDispatch implements InboundDispatch<InboundReport> {

    private final KeyProjectController projects;

    public InboundReportDispatch(KeyProjectController projects) {
        this.projects = projects;
    }

    @Override
    public Class<InboundReport> recordType() {
        return InboundReport.class;
    }

    @Override
    public ResponseEntity<?> dispatch(InboundReport report, InboundBodies bodies) {
        return switch (report.operation()) {
            case REGISTER_PROJECT -> projects.register(report.idempotencyKey(),
                    bodies.read(report.body(), RegisterKeyProjectRequest.class));
            case PLAN_MILESTONE -> projects.planMilestone(report.projectId(), report.idempotencyKey(),
                    bodies.read(report.body(), PlanMilestoneRequest.class));
            case REPORT_MILESTONE -> projects.report(report.projectId(), report.milestoneId(), report.idempotencyKey(),
                    bodies.read(report.body(), MilestoneReportRequest.class));
        };
    }
}
