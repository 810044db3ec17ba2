package org.fyptracker.catalog.browse;

import org.fyptracker.contracts.plans.Plan;

/** One line of the plan list. */
public record PlanSummary(String code, String parentCode, String title, String approvedNote, int parts, int chapters,
                          int boxes, int indicators) {

    static PlanSummary of(Plan plan) {
        return new PlanSummary(plan.code(), plan.parentCode(), plan.title(), plan.approvedNote(), plan.parts().size(),
                plan.chapters().size(), plan.boxes().size(), plan.indicators().size());
    }
}
