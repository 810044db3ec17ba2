package org.fyptracker.tracking.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fyptracker.tracking.projects.status.Status;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A key project as supervisors see it: details, departments, every milestone with its latest state, and
 * the timeline of what was reported. {@code lastSequence} is the last event applied, so an event delivered
 * twice is recognised and changes nothing. The timeline is not stored with the view: it grows with every
 * event of five years, and a view is rewritten whole on every change (docs/benchmarks.md, finding 19); it is
 * folded from the project's event log when one project is asked for ({@link ProjectQueryController}).
 */
@Document(ProjectView.COLLECTION)
public class ProjectView {

    public static final String COLLECTION = "project_views";

    @Id
    public String projectId;
    public String name;
    public String planRef;
    public String planCode;
    public String kind;
    public String leadDepartment;
    public List<String> coDepartments = new ArrayList<>();
    public String location;
    public LocalDate plannedStart;
    public LocalDate plannedEnd;
    public BigDecimal plannedInvestment;
    /** 亿元 completed, summed over progress reports. */
    public BigDecimal investmentCompleted = BigDecimal.ZERO;
    public List<MilestoneView> milestones = new ArrayList<>();
    /** Filled by the fold in memory, and when one project is asked for; never stored. */
    @Transient
    public List<TimelineEntry> timeline = new ArrayList<>();
    public String lifecycle = "ACTIVE";
    public List<RiskView> risks = new ArrayList<>();
    public LocalDate lastReportedOn;
    public Instant updatedAt;
    public long lastSequence = -1;
    /** Computed when asked, for the business date of the question; never stored. */
    @Transient
    public Status status;
    /** Where the plan reference places it (part, chapter, box); computed when asked, never stored. */
    @Transient
    public org.fyptracker.tracking.catalog.Placement placement;
    /** The district or county government leading it, else its location; computed when asked, never stored. */
    @Transient
    public String district;

    /** A milestone and where it stands. */
    public static class MilestoneView {
        public String milestoneId;
        public String title;
        public LocalDate plannedDate;
        public LocalDate originalPlannedDate;
        public int weight;
        public String stage = "PLANNED";
        public int percentComplete;
        public LocalDate startedOn;
        public LocalDate achievedOn;
        public LocalDate lastReportedOn;
        public String lastNarrative;
        public LocalDate overdueSince;
        public String droppedReason;
        public String lastRescheduleReason;
        @Transient
        public Status status;

        MilestoneView copy() {
            MilestoneView copy = new MilestoneView();
            copy.milestoneId = milestoneId;
            copy.title = title;
            copy.plannedDate = plannedDate;
            copy.originalPlannedDate = originalPlannedDate;
            copy.weight = weight;
            copy.stage = stage;
            copy.percentComplete = percentComplete;
            copy.startedOn = startedOn;
            copy.achievedOn = achievedOn;
            copy.lastReportedOn = lastReportedOn;
            copy.lastNarrative = lastNarrative;
            copy.overdueSince = overdueSince;
            copy.droppedReason = droppedReason;
            copy.lastRescheduleReason = lastRescheduleReason;
            return copy;
        }
    }

    /** A risk raised on the project, open until resolved. */
    public static class RiskView {
        public String riskId;
        public String severity;
        public String description;
        public LocalDate raisedOn;
        public LocalDate resolvedOn;
        public String resolution;

        public boolean open() {
            return resolvedOn == null;
        }

        RiskView copy() {
            RiskView copy = new RiskView();
            copy.riskId = riskId;
            copy.severity = severity;
            copy.description = description;
            copy.raisedOn = raisedOn;
            copy.resolvedOn = resolvedOn;
            copy.resolution = resolution;
            return copy;
        }
    }

    /** One event in the project's history, in order. */
    public record TimelineEntry(String eventId, long sequence, String type, LocalDate businessDate, Instant recordedAt,
                                String department, String client, String milestoneId, String summary) {
    }

    /**
     * A copy for one question, without the timeline: its own milestones (a question sets their status), the
     * stored values shared (questions never change them).
     */
    ProjectView copyForQuestion() {
        ProjectView copy = new ProjectView();
        copy.projectId = projectId;
        copy.name = name;
        copy.planRef = planRef;
        copy.planCode = planCode;
        copy.kind = kind;
        copy.leadDepartment = leadDepartment;
        copy.coDepartments = coDepartments;
        copy.location = location;
        copy.plannedStart = plannedStart;
        copy.plannedEnd = plannedEnd;
        copy.plannedInvestment = plannedInvestment;
        copy.investmentCompleted = investmentCompleted;
        copy.milestones = milestones.stream().map(MilestoneView::copy).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        copy.lifecycle = lifecycle;
        copy.risks = risks;
        copy.lastReportedOn = lastReportedOn;
        copy.updatedAt = updatedAt;
        copy.lastSequence = lastSequence;
        return copy;
    }

    /**
     * A copy to fold more events onto ({@link ProjectHistory#apply}), sharing nothing a fold changes: milestones,
     * risks and timeline are its own; the timeline's entries are immutable and shared.
     */
    ProjectView copyToFoldOn() {
        ProjectView copy = copyForQuestion();
        copy.coDepartments = new ArrayList<>(coDepartments);
        copy.risks = risks.stream().map(RiskView::copy).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        copy.timeline = new ArrayList<>(timeline);
        return copy;
    }

    MilestoneView milestone(String milestoneId) {
        // a loop, not a stream: called for every event folded, a stream's set-up was most of its cost in a rebuild
        for (MilestoneView milestone : milestones) {
            if (milestone.milestoneId.equals(milestoneId)) {
                return milestone;
            }
        }
        throw new IllegalStateException("project " + projectId + " has no milestone " + milestoneId);
    }
}
