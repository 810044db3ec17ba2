package org.fyptracker.departments.assignments;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The departments responsible for an indicator, as the indicators service's events say.
 *
 * @param sequence the last event of the indicator applied here; events at or below it are skipped
 */
@Document("assigned_indicators")
public record AssignedIndicator(@Id String indicatorCode, List<String> departments, long sequence) {

    public AssignedIndicator {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }
}
