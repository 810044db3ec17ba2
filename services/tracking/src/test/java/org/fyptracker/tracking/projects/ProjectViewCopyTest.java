package org.fyptracker.tracking.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The copy a question gets of a cached view ({@link LiveProjectViews}) carries every stored field, so a field
 * added to the view later cannot silently go missing from dashboards, and its milestones are its own.
 */
class ProjectViewCopyTest {

    @Test
    void a_copy_for_a_question_has_every_stored_field_but_the_timeline_and_its_own_milestones() throws Exception {
        ProjectView view = StoredFields.filled(new ProjectView());
        ProjectView.MilestoneView milestone = StoredFields.filled(new ProjectView.MilestoneView());
        view.milestones = new ArrayList<>(List.of(milestone));

        ProjectView copy = view.copyForQuestion();

        for (Field field : StoredFields.of(ProjectView.class)) {
            if (field.getName().equals("timeline")) {
                assertThat(copy.timeline).isEmpty();
            } else if (!field.getName().equals("milestones")) {
                assertThat(field.get(copy)).as(field.getName()).isEqualTo(field.get(view));
            }
        }
        assertThat(copy.milestones).hasSize(1);
        assertThat(copy.milestones.get(0)).isNotSameAs(milestone);
        for (Field field : StoredFields.of(ProjectView.MilestoneView.class)) {
            assertThat(field.get(copy.milestones.get(0))).as("milestone " + field.getName()).isEqualTo(field.get(milestone));
        }
    }

    @Test
    void a_copy_to_fold_on_has_every_stored_field_and_its_own_milestones_risks_and_timeline() throws Exception {
        ProjectView view = StoredFields.filled(new ProjectView());
        ProjectView.RiskView risk = StoredFields.filled(new ProjectView.RiskView());
        view.milestones = new ArrayList<>(List.of(StoredFields.filled(new ProjectView.MilestoneView())));
        view.risks = new ArrayList<>(List.of(risk));
        view.timeline = new ArrayList<>(List.of(new ProjectView.TimelineEntry("e-1", 0, "KeyProjectRegistered",
                LocalDate.of(2026, 3, 1), Instant.ofEpochSecond(1_780_000_000L), "fz-transport", "c", null, "registered")));

        ProjectView copy = view.copyToFoldOn();

        for (Field field : StoredFields.of(ProjectView.class)) {
            if (!List.of("milestones", "risks").contains(field.getName())) {
                assertThat(field.get(copy)).as(field.getName()).isEqualTo(field.get(view));
            }
        }
        assertThat(copy.timeline).isEqualTo(view.timeline).isNotSameAs(view.timeline);
        assertThat(copy.coDepartments).isNotSameAs(view.coDepartments);
        assertThat(copy.risks).hasSize(1);
        assertThat(copy.risks.get(0)).isNotSameAs(risk);
        for (Field field : StoredFields.of(ProjectView.RiskView.class)) {
            assertThat(field.get(copy.risks.get(0))).as("risk " + field.getName()).isEqualTo(field.get(risk));
        }
        assertThat(copy.milestones.get(0)).isNotSameAs(view.milestones.get(0));
    }
}
