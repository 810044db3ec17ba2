package org.fyptracker.tracking.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.contracts.projects.MilestonePlanned;
import org.fyptracker.contracts.projects.MilestoneProgressReported;
import org.fyptracker.contracts.projects.ProjectEvent;
import org.fyptracker.contracts.projects.ProjectKind;
import org.junit.jupiter.api.Test;

/**
 * The projection folds without a timeline and questions fold with one: both must leave the stored view the same,
 * or a dashboard and an "as of" answer would disagree.
 */
class ProjectHistoryTest {

    private static final Instant AT = Instant.parse("2026-04-01T02:00:00Z");
    private static final Provenance WHO = new Provenance("fz-transport", "client-1", AT, null);

    private final List<ProjectEvent> history = List.of(
            new KeyProjectRegistered("p1", "福州地铁6号线", "FZ-15.C14", "FZ-15", ProjectKind.PROGRAMME, "fz-transport",
                    List.of("gl-gov"), "福州市", LocalDate.of(2026, 3, 1), LocalDate.of(2028, 12, 31), new BigDecimal("120.5"), WHO),
            new MilestonePlanned("p1", "m1", "主体完工", LocalDate.of(2027, 6, 30), 1, "FZ-15", WHO),
            new MilestoneProgressReported("p1", "m1", "r1", 40, new BigDecimal("3.2"), "征迁完成百分之四十", null, List.of(),
                    LocalDate.of(2026, 5, 9), "FZ-15", WHO));

    @Test
    void the_projection_fold_leaves_the_view_as_the_question_fold_does_but_builds_no_timeline() throws Exception {
        ProjectView withTimeline = new ProjectView();
        ProjectView withoutTimeline = new ProjectView();
        for (int i = 0; i < history.size(); i++) {
            assertThat(ProjectHistory.apply(withTimeline, history.get(i), "e" + i, i, AT)).isTrue();
            assertThat(ProjectHistory.applyWithoutTimeline(withoutTimeline, history.get(i), "e" + i, i, AT)).isTrue();
        }

        assertThat(withTimeline.timeline).extracting(ProjectView.TimelineEntry::summary)
                .containsExactly("registered: 福州地铁6号线", "planned: 主体完工 by 2027-06-30", "progress 40%");
        assertThat(withoutTimeline.timeline).isEmpty();
        for (Field field : StoredFields.of(ProjectView.class)) {
            if (!List.of("milestones", "risks").contains(field.getName())) {
                assertThat(field.get(withoutTimeline)).as(field.getName()).isEqualTo(field.get(withTimeline));
            }
        }
        for (Field field : StoredFields.of(ProjectView.MilestoneView.class)) {
            assertThat(field.get(withoutTimeline.milestones.get(0))).as("milestone " + field.getName())
                    .isEqualTo(field.get(withTimeline.milestones.get(0)));
        }
        assertThat(ProjectHistory.applyWithoutTimeline(withoutTimeline, history.get(2), "e2", 2, AT))
                .as("an event already applied").isFalse();
    }
}
