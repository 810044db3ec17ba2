package org.fyptracker.departments.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.fyptracker.contracts.departments.DepartmentKind;
import org.fyptracker.departments.department.DepartmentRules;
import org.fyptracker.platform.http.PlainText;

/** Bodies of the department endpoints. Names are kept exactly as sent (鼓楼区人民政府): no trimming. */
final class DepartmentRequests {

    private static final String CODE_MESSAGE = "must be a department code: lower-case letters, digits, '-'";

    private DepartmentRequests() {
    }

    record Register(@NotBlank @Pattern(regexp = DepartmentRules.CODE, message = CODE_MESSAGE) String code,
                    @NotBlank @Size(max = DepartmentRules.NAME_MAX) @PlainText String name,
                    @NotNull DepartmentKind kind,
                    @Pattern(regexp = DepartmentRules.CODE, message = CODE_MESSAGE) String parent) {
    }

    record Rename(@NotBlank @Size(max = DepartmentRules.NAME_MAX) @PlainText String name,
                  @NotBlank @Size(max = 1000) @PlainText String reason) {
    }

    record Merge(@NotBlank @Pattern(regexp = DepartmentRules.CODE, message = CODE_MESSAGE) String successor,
                 @NotEmpty @Size(max = 50) List<@NotBlank @Pattern(regexp = DepartmentRules.CODE, message = CODE_MESSAGE) String> merged,
                 @NotBlank @Size(max = 1000) @PlainText String reason) {
    }

    record Dissolve(@NotBlank @Size(max = 1000) @PlainText String reason) {
    }
}
