package org.fyptracker.platform.departments;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.departments.DepartmentsMerged;
import org.fyptracker.platform.commands.IndependentCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code DepartmentsMerged} (机构改革) as the services that hold assignments carry it out (projects: leads
 * and co-departments; indicators: responsibility): the successor takes the merged department's place, each
 * change is an ordinary command under an Idempotency-Key made of the merge and the thing changed (so replaying
 * the departments topic changes nothing twice), with the provenance of the admin who recorded the merge.
 */
public final class DepartmentMerge {

    private static final Logger log = LoggerFactory.getLogger(DepartmentMerge.class);

    private final DepartmentsMerged merged;

    public DepartmentMerge(DepartmentsMerged merged) {
        this.merged = merged;
    }

    public String merged() {
        return merged.code();
    }

    public String successor() {
        return merged.successor();
    }

    /** The reason every change gives: "机构改革：A 并入 B（…）". */
    public String reason() {
        return "机构改革：" + merged.code() + " 并入 " + merged.successor()
                + (merged.reason() == null || merged.reason().isBlank() ? "" : "（" + merged.reason() + "）");
    }

    /** {@code departments} with the successor in the merged one's place, each once, in their order. */
    public List<String> inPlaceOf(Collection<String> departments) {
        Set<String> replaced = new LinkedHashSet<>();
        for (String department : departments) {
            replaced.add(department.equals(merged.code()) ? merged.successor() : department);
        }
        return List.copyOf(replaced);
    }

    /** Who caused the change to {@code target} (what the merge changes, e.g. "lead-&lt;project id&gt;"), and its key. */
    public Provenance provenance(Instant at, String target) {
        Provenance by = merged.provenance();
        return new Provenance(by == null ? "system" : by.department(), by == null ? "department-merge" : by.client(),
                at, "merge-" + merged.code() + "-" + merged.successor() + "-" + target);
    }

    /** Sends one change in its own unit of work; one the aggregate refuses is logged and leaves the others be. */
    public void send(IndependentCommands commands, Object command, String target) {
        try {
            commands.sendAndWait(command);
        } catch (RuleViolation refused) {
            // A thing that cannot take the change (a suspended project, for an amendment) keeps its record; say so.
            log.warn("merge of {} into {} not applied to {}: {} ({})", merged.code(), merged.successor(), target,
                    refused.getMessage(), refused.rule());
        }
    }
}
