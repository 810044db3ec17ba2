package org.fyptracker.tracking.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Transient;

/**
 * The copy a question gets of a cached view ({@link LiveProjectViews}) carries every stored field, so a field
 * added to the view later cannot silently go missing from dashboards, and its milestones are its own.
 */
class ProjectViewCopyTest {

    @Test
    void a_copy_for_a_question_has_every_stored_field_but_the_timeline_and_its_own_milestones() throws Exception {
        ProjectView view = filled(new ProjectView());
        ProjectView.MilestoneView milestone = filled(new ProjectView.MilestoneView());
        view.milestones = new ArrayList<>(List.of(milestone));

        ProjectView copy = view.copyForQuestion();

        for (Field field : stored(ProjectView.class)) {
            if (field.getName().equals("timeline")) {
                assertThat(copy.timeline).isEmpty();
            } else if (!field.getName().equals("milestones")) {
                assertThat(field.get(copy)).as(field.getName()).isEqualTo(field.get(view));
            }
        }
        assertThat(copy.milestones).hasSize(1);
        assertThat(copy.milestones.get(0)).isNotSameAs(milestone);
        for (Field field : stored(ProjectView.MilestoneView.class)) {
            assertThat(field.get(copy.milestones.get(0))).as("milestone " + field.getName()).isEqualTo(field.get(milestone));
        }
    }

    @Test
    void a_copy_to_fold_on_has_every_stored_field_and_its_own_milestones_risks_and_timeline() throws Exception {
        ProjectView view = filled(new ProjectView());
        ProjectView.RiskView risk = filled(new ProjectView.RiskView());
        view.milestones = new ArrayList<>(List.of(filled(new ProjectView.MilestoneView())));
        view.risks = new ArrayList<>(List.of(risk));
        view.timeline = new ArrayList<>(List.of(new ProjectView.TimelineEntry("e-1", 0, "KeyProjectRegistered",
                LocalDate.of(2026, 3, 1), Instant.ofEpochSecond(1_780_000_000L), "fz-transport", "c", null, "registered")));

        ProjectView copy = view.copyToFoldOn();

        for (Field field : stored(ProjectView.class)) {
            if (!List.of("milestones", "risks").contains(field.getName())) {
                assertThat(field.get(copy)).as(field.getName()).isEqualTo(field.get(view));
            }
        }
        assertThat(copy.timeline).isEqualTo(view.timeline).isNotSameAs(view.timeline);
        assertThat(copy.coDepartments).isNotSameAs(view.coDepartments);
        assertThat(copy.risks).hasSize(1);
        assertThat(copy.risks.get(0)).isNotSameAs(risk);
        for (Field field : stored(ProjectView.RiskView.class)) {
            assertThat(field.get(copy.risks.get(0))).as("risk " + field.getName()).isEqualTo(field.get(risk));
        }
        assertThat(copy.milestones.get(0)).isNotSameAs(view.milestones.get(0));
    }

    private static List<Field> stored(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isAnnotationPresent(Transient.class))
                .toList();
    }

    /** Every stored field set to a value that differs from its default. */
    private static <T> T filled(T target) throws IllegalAccessException {
        int n = 1;
        for (Field field : stored(target.getClass())) {
            Class<?> type = field.getType();
            Object value;
            if (type == String.class) value = field.getName() + "-值";
            else if (type == int.class) value = 40 + n;
            else if (type == long.class) value = 7L + n;
            else if (type == LocalDate.class) value = LocalDate.of(2026, 1, n);
            else if (type == Instant.class) value = Instant.ofEpochSecond(1_780_000_000L + n);
            else if (type == BigDecimal.class) value = new BigDecimal("12.5").add(BigDecimal.valueOf(n));
            else if (type == List.class) value = new ArrayList<>(List.of());
            else throw new IllegalStateException("a stored field of a type this test does not fill: " + field);
            if (type == List.class && field.getName().equals("coDepartments")) value = new ArrayList<>(List.of("fz-transport"));
            field.set(target, value);
            n++;
        }
        return target;
    }
}
