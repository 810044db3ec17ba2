package org.fyptracker.departments.seeding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.departments.DepartmentKind;
import org.fyptracker.contracts.departments.RegisterDepartment;
import org.fyptracker.contracts.plans.Box;
import org.fyptracker.contracts.plans.BoxItem;
import org.fyptracker.contracts.plans.Plan;

/**
 * The departments a plan names, as the rule in docs/plan-catalog.md gives it:
 * <ul>
 *   <li>a box of guidance per county and district (专栏14 “十五五”时期各县（市）区发展指引) names each
 *       division by its label; each division's people's government is a department;</li>
 *   <li>a district plan (one with a parent plan) is its district government's plan: that government is
 *       a department (it leads the district plan's projects).</li>
 * </ul>
 * City bureaus are not named in the plans' boxes, so none is registered from them: inventing who leads
 * what is exactly what the plan does not allow. Labels that name no known division are returned as
 * unplaced, so the caller reports them.
 */
final class SeededDepartments {

    record Outcome(List<RegisterDepartment> departments, List<String> unplaced) {
    }

    private SeededDepartments() {
    }

    static Outcome from(Plan plan, Provenance provenance) {
        Map<String, RegisterDepartment> byCode = new LinkedHashMap<>();
        List<String> unplaced = new ArrayList<>();
        for (Box box : plan.boxes()) {
            if (!isGuidancePerDivision(box)) {
                continue;
            }
            for (BoxItem item : box.items()) {
                if (item.label() == null) {
                    continue;
                }
                FuzhouDivisions.divisionIn(item.label()).ifPresentOrElse(
                        division -> byCode.putIfAbsent(FuzhouDivisions.codeOf(division), government(division, provenance)),
                        () -> unplaced.add(item.code() + " " + item.label()));
            }
        }
        if (plan.parentCode() != null) {
            FuzhouDivisions.divisionIn(plan.title()).ifPresent(division ->
                    byCode.putIfAbsent(FuzhouDivisions.codeOf(division), government(division, provenance)));
        }
        return new Outcome(List.copyOf(byCode.values()), unplaced);
    }

    static boolean isGuidancePerDivision(Box box) {
        return box.title().contains("县（市）区") && box.title().contains("指引");
    }

    private static RegisterDepartment government(String division, Provenance provenance) {
        DepartmentKind kind = division.endsWith("区") ? DepartmentKind.DISTRICT_GOVERNMENT : DepartmentKind.COUNTY_GOVERNMENT;
        return new RegisterDepartment(FuzhouDivisions.codeOf(division), division + "人民政府", kind, null, provenance);
    }
}
