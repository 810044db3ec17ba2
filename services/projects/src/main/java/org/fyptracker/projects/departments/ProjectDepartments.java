package org.fyptracker.projects.departments;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Which departments a project is assigned to: what a department merge has to move. */
@Document("project_departments")
public record ProjectDepartments(@Id String projectId, @Indexed String lead, @Indexed List<String> coDepartments,
                                 boolean closed) {
}
