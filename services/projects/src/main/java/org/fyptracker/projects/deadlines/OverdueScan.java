package org.fyptracker.projects.deadlines;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.projects.MarkMilestoneOverdue;
import org.fyptracker.platform.time.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds open milestones whose planned date has passed and tells their projects. A scan, not a timer per
 * milestone: it survives restarts by construction (the deadlines and what was already reported are in
 * MongoDB and the event store), and a moved business clock is picked up at the next scan.
 */
@Component
public class OverdueScan {

    private static final Logger log = LoggerFactory.getLogger(OverdueScan.class);

    private final MongoTemplate mongo;
    private final CommandGateway commands;
    private final BusinessClock clock;

    public OverdueScan(MongoTemplate mongo, CommandGateway commands, BusinessClock clock) {
        this.mongo = mongo;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${fyp.projects.overdue-scan.initial-delay:20s}",
            fixedDelayString = "${fyp.projects.overdue-scan.every:60s}")
    public synchronized int scan() {
        var today = clock.today();
        List<MilestoneDeadline> missed = mongo.find(Query.query(Criteria.where("open").is(true)
                .and("plannedDate").lt(today)), MilestoneDeadline.class).stream()
                .filter(d -> !d.plannedDate().equals(d.overdueFor()))
                .toList();
        for (MilestoneDeadline deadline : missed) {
            try {
                commands.sendAndWait(new MarkMilestoneOverdue(deadline.projectId(), deadline.milestoneId(),
                        deadline.plannedDate(), today, Provenance.system(clock.now(), "overdue-scan")));
            } catch (RuntimeException e) {
                log.warn("overdue scan could not mark project={} milestone={} reason={}",
                        deadline.projectId(), deadline.milestoneId(), e.toString());
            }
        }
        if (!missed.isEmpty()) {
            log.info("overdue scan today={} milestones past their date={}", today, missed.size());
        }
        return missed.size();
    }
}
