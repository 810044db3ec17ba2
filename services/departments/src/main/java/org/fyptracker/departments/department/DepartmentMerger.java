package org.fyptracker.departments.department;

import java.util.HashSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.departments.MergeDepartments;
import org.springframework.stereotype.Component;

/**
 * Carries out a merge decision in one unit of work: the successor must exist and be active, then each
 * merged department records its own {@code DepartmentsMerged}. All events are appended together when the
 * unit of work commits, so a merge refused for one department stores nothing for the others.
 */
@Component
public class DepartmentMerger {

    private final Repository<Department> departments;

    public DepartmentMerger(Repository<Department> departments) {
        this.departments = departments;
    }

    @CommandHandler
    public void handle(MergeDepartments command) {
        DepartmentRules.requireCode(command.successor(), "successor");
        if (command.merged().isEmpty()) {
            throw RuleViolation.invalid("merged-required", "merged", "name at least one department to merge");
        }
        if (new HashSet<>(command.merged()).size() != command.merged().size()) {
            throw RuleViolation.invalid("merged-distinct", "merged", "a department is named twice");
        }
        command.merged().forEach(code -> DepartmentRules.requireCode(code, "merged"));
        if (command.merged().contains(command.successor())) {
            throw RuleViolation.invalid("successor-not-merged", "successor", "the successor cannot be one of the merged");
        }
        load(command.successor(), "successor").execute(Department::requireCanSucceed);
        for (String code : command.merged()) {
            load(code, "merged").execute(department -> department.handle(new MergeDepartmentInto(code,
                    command.successor(), command.merged(), command.reason(), command.provenance())));
        }
    }

    private org.axonframework.modelling.command.Aggregate<Department> load(String code, String field) {
        try {
            return departments.load(code);
        } catch (AggregateNotFoundException unknown) {
            throw RuleViolation.notFound("department-unknown", field, "no department " + code + " is registered");
        }
    }
}
