package org.fyptracker.tracking.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fyptracker.tracking.asof.AsOf;
import org.fyptracker.tracking.asof.AsOfCache;
import org.fyptracker.tracking.catalog.Placement;
import org.fyptracker.tracking.catalog.PlanCatalog;
import org.fyptracker.tracking.catalog.PlanStructure;
import org.fyptracker.tracking.departments.DepartmentDirectory;
import org.fyptracker.tracking.departments.DepartmentInfo;
import org.fyptracker.tracking.indicators.IndicatorReport;
import org.fyptracker.tracking.indicators.IndicatorReports;
import org.fyptracker.tracking.projects.ProjectView;
import org.fyptracker.tracking.projects.ProjectViews;
import org.springframework.stereotype.Component;

/**
 * Everything the tracking service knows at one moment — plans, projects with their statuses, indicators with
 * their evaluations, departments — read once per question, now or as of the end of a day. Every summary
 * (dashboards, lists, scorecards, attention, reports) is a pure function of one {@link Snapshot}, which is
 * why a report's figures equal the dashboard's for the same {@code asOf}.
 */
@Component
public class TrackingState {

    private final PlanCatalog plans;
    private final ProjectViews projects;
    private final IndicatorReports indicators;
    private final DepartmentDirectory departments;
    private final AsOf asOf;
    private final AsOfCache<Snapshot> pastDays;
    private final LiveSnapshots live;

    public TrackingState(PlanCatalog plans, ProjectViews projects, IndicatorReports indicators,
                         DepartmentDirectory departments, AsOf asOf, AsOfCache<Snapshot> pastDays, LiveSnapshots live) {
        this.plans = plans;
        this.projects = projects;
        this.indicators = indicators;
        this.departments = departments;
        this.asOf = asOf;
        this.pastDays = pastDays;
        this.live = live;
    }

    /**
     * The state the query asks about: live when it gives no {@code asOf}, else folded up to the end of that day
     * — or, for a day before today whose logs have not changed since, the snapshot folded for it before. A
     * snapshot is never changed by the summaries made of it, so one can answer many questions.
     */
    public Snapshot of(ListQuery query) {
        if (!query.asOfGiven()) {
            return live.get(query.asOf(), () -> snapshot(query.asOf(), false));
        }
        return pastDays.get(query.asOf(), () -> snapshot(query.asOf(), true));
    }

    /**
     * The answer to a question about the state the query asks about: given before from the same snapshot, or
     * {@code compute}d from it. {@code question} names what is asked beyond the query (the endpoint, a path's
     * part or department); with the query's filters, date and paging it makes the key.
     */
    public <T> T answer(ListQuery query, Function<Snapshot, T> compute, Object... question) {
        Snapshot snapshot = of(query);
        List<Object> key = new java.util.ArrayList<>(java.util.Arrays.asList(question));
        key.add(query);
        return snapshot.answers().get(key, () -> compute.apply(snapshot));
    }

    private Snapshot snapshot(LocalDate date, boolean replayed) {
        Instant before = replayed ? asOf.endOf(date) : null;
        Map<String, PlanStructure> structures = plans.plans(before);
        Map<String, DepartmentInfo> registry = departments.at(before);
        List<ProjectView> views = projects.of(null, replayed ? date : null);
        for (ProjectView p : views) {
            PlanStructure plan = structures.get(p.planCode);
            p.placement = plan == null ? new Placement(p.planCode, null, null, null) : plan.place(p.planRef);
            DepartmentInfo lead = p.leadDepartment == null ? null : registry.get(p.leadDepartment);
            p.district = lead != null && lead.isDistrict() ? lead.code() : p.location;
        }
        return new Snapshot(date, replayed, structures, views, indicators.ofPlan(null, null, before), registry,
                new Answers(ANSWERS_KEPT));
    }

    /** Answers kept per snapshot: a few screens' questions, with room for their filters. */
    static final int ANSWERS_KEPT = 512;

    /** What the tracking service knew at one moment, and the answers already given from it. */
    public record Snapshot(LocalDate asOf, boolean replayed, Map<String, PlanStructure> plans, List<ProjectView> projects,
                           List<IndicatorReport> indicators, Map<String, DepartmentInfo> departments, Answers answers) {

        /** The projects the query's filters select (plan, part, chapter, box, department, district, status, year). */
        public List<ProjectView> projects(ListQuery q) {
            return projects(q, true);
        }

        /** @param byYear whether {@code year} selects projects running that year (lists) or only names the year of the figures (dashboards) */
        public List<ProjectView> projects(ListQuery q, boolean byYear) {
            return projects.stream().filter(p -> matches(p, q) && (!byYear || !q.yearGiven() || runsIn(p, q.year()))).toList();
        }

        /** The indicators the query's filters select (plan, department, status of the query's year). */
        public List<IndicatorReport> indicators(ListQuery q) {
            return indicators.stream()
                    .filter(i -> q.plan() == null || q.plan().equals(i.planCode()))
                    .filter(i -> q.department() == null || i.responsibleDepartments().contains(q.department()))
                    .filter(i -> q.status() == null || i.year(q.year()).map(e -> e.status().name().equals(q.status())).orElse(false))
                    .toList();
        }

        public String departmentName(String code) {
            DepartmentInfo d = code == null ? null : departments.get(code);
            return d == null ? null : d.name();
        }

        boolean matches(ProjectView p, ListQuery q) {
            if (q.plan() != null && !q.plan().equals(p.planCode)) return false;
            if (q.part() != null && !q.part().equals(p.placement.part())) return false;
            if (q.chapter() != null && !q.chapter().equals(p.placement.chapter())) return false;
            if (q.box() != null && !q.box().equals(p.placement.box())) return false;
            if (q.department() != null && !q.department().equals(p.leadDepartment) && !p.coDepartments.contains(q.department())) {
                return false;
            }
            if (q.district() != null && !inDistrict(p, q.district())) return false;
            if (q.status() != null && !q.status().equals(p.status.status())) return false;
            return true;
        }

        private boolean inDistrict(ProjectView p, String district) {
            if (district.equals(p.district) || district.equals(p.location)) {
                return true;
            }
            DepartmentInfo d = p.district == null ? null : departments.get(p.district);
            return d != null && district.equals(d.name());
        }

        /** The project's planned period overlaps the year. */
        static boolean runsIn(ProjectView p, int year) {
            boolean started = p.plannedStart == null || p.plannedStart.getYear() <= year;
            boolean notEnded = p.plannedEnd == null || p.plannedEnd.getYear() >= year;
            return started && notEnded;
        }
    }
}
