package org.fyptracker.projects.keyproject;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.projects.AchieveMilestone;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.contracts.projects.MilestoneAchieved;
import org.fyptracker.contracts.projects.MilestonePlanned;
import org.fyptracker.contracts.projects.MilestoneProgressReported;
import org.fyptracker.contracts.projects.MilestoneStarted;
import org.fyptracker.contracts.projects.PlanMilestone;
import org.fyptracker.contracts.projects.ProjectKind;
import org.fyptracker.contracts.projects.RegisterKeyProject;
import org.fyptracker.contracts.projects.ReportMilestoneProgress;
import org.fyptracker.contracts.projects.StartMilestone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KeyProjectTest {

    private static final String PROJECT = "p-1";
    private static final Provenance BY_BIGDATA = new Provenance("fz-bigdata", "client-1", Instant.parse("2026-05-10T02:00:00Z"), null);

    private AggregateTestFixture<KeyProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(KeyProject.class);
    }

    private static Provenance key(String idempotencyKey) {
        return new Provenance("fz-bigdata", "client-1", BY_BIGDATA.recordedAt(), idempotencyKey);
    }

    private static RegisterKeyProject register(LocalDate start, LocalDate end) {
        return new RegisterKeyProject(PROJECT, "城市全域数字化提升行动", "FZ-15.B03.1", ProjectKind.PROGRAMME,
                "fz-bigdata", List.of(), "福州市", start, end, new BigDecimal("12.5"), BY_BIGDATA);
    }

    private static KeyProjectRegistered registered() {
        return new KeyProjectRegistered(PROJECT, "城市全域数字化提升行动", "FZ-15.B03.1", "FZ-15", ProjectKind.PROGRAMME,
                "fz-bigdata", List.of(), "福州市", LocalDate.of(2026, 3, 1), LocalDate.of(2027, 12, 31),
                new BigDecimal("12.5"), BY_BIGDATA);
    }

    private static MilestonePlanned planned(String milestone, LocalDate date) {
        return new MilestonePlanned(PROJECT, milestone, "平台上线", date, 1, "FZ-15", BY_BIGDATA);
    }

    @Nested
    class Registering {

        @Test
        void a_project_in_the_plan_period_is_registered_under_its_plan() {
            fixture.givenNoPriorActivity()
                    .when(register(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 12, 31)))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(registered());
        }

        @Test
        void rule_date_within_plan_period_refuses_a_start_before_2026() {
            fixture.givenNoPriorActivity()
                    .when(register(LocalDate.of(2025, 12, 31), LocalDate.of(2027, 12, 31)))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("plannedStart"))
                    .expectNoEvents();
        }

        @Test
        void rule_date_within_plan_period_allows_an_end_in_2035_for_long_range_items_but_not_after() {
            fixture.givenNoPriorActivity()
                    .when(register(LocalDate.of(2026, 3, 1), LocalDate.of(2036, 1, 1)))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
            new AggregateTestFixture<>(KeyProject.class).givenNoPriorActivity()
                    .when(register(LocalDate.of(2026, 3, 1), LocalDate.of(2035, 12, 31)))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void rule_end_not_before_start() {
            fixture.givenNoPriorActivity()
                    .when(register(LocalDate.of(2027, 3, 1), LocalDate.of(2026, 12, 31)))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("before plannedStart"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Milestones {

        @Test
        void a_milestone_is_planned_with_its_date() {
            fixture.given(registered())
                    .when(new PlanMilestone(PROJECT, "m-1", "平台上线", LocalDate.of(2026, 6, 30), 1, BY_BIGDATA))
                    .expectEvents(planned("m-1", LocalDate.of(2026, 6, 30)));
        }

        @Test
        void rule_milestone_already_planned() {
            fixture.given(registered(), planned("m-1", LocalDate.of(2026, 6, 30)))
                    .when(new PlanMilestone(PROJECT, "m-1", "again", LocalDate.of(2026, 7, 30), 1, BY_BIGDATA))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void rule_date_within_plan_period_for_milestones() {
            fixture.given(registered())
                    .when(new PlanMilestone(PROJECT, "m-1", "平台上线", LocalDate.of(2031, 1, 1), 1, BY_BIGDATA))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void a_started_milestone_reports_progress() {
            fixture.given(registered(), planned("m-1", LocalDate.of(2026, 6, 30)))
                    .when(new ReportMilestoneProgress(PROJECT, "m-1", "r-1", 40, new BigDecimal("1.2"), "进展顺利", null,
                            List.of(), LocalDate.of(2026, 5, 10), BY_BIGDATA))
                    .expectEvents(new MilestoneProgressReported(PROJECT, "m-1", "r-1", 40, new BigDecimal("1.2"),
                            "进展顺利", null, List.of(), LocalDate.of(2026, 5, 10), "FZ-15", BY_BIGDATA));
        }

        @Test
        void rule_progress_not_backwards() {
            fixture.given(registered(), planned("m-1", LocalDate.of(2026, 6, 30)),
                            new MilestoneProgressReported(PROJECT, "m-1", "r-1", 60, null, null, null, List.of(),
                                    LocalDate.of(2026, 5, 10), "FZ-15", BY_BIGDATA))
                    .when(new ReportMilestoneProgress(PROJECT, "m-1", "r-2", 50, null, null, null, List.of(),
                            LocalDate.of(2026, 5, 20), BY_BIGDATA))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("cannot lower"))
                    .expectNoEvents();
        }

        @Test
        void rule_percent_between_0_and_100() {
            fixture.given(registered(), planned("m-1", LocalDate.of(2026, 6, 30)))
                    .when(new ReportMilestoneProgress(PROJECT, "m-1", "r-1", 101, null, null, null, List.of(),
                            LocalDate.of(2026, 5, 10), BY_BIGDATA))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void rule_investment_not_negative() {
            fixture.given(registered(), planned("m-1", LocalDate.of(2026, 6, 30)))
                    .when(new ReportMilestoneProgress(PROJECT, "m-1", "r-1", 10, new BigDecimal("-0.1"), null, null,
                            List.of(), LocalDate.of(2026, 5, 10), BY_BIGDATA))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void rule_milestone_not_planned_cannot_be_achieved() {
            fixture.given(registered())
                    .when(new AchieveMilestone(PROJECT, "m-9", "r-1", LocalDate.of(2026, 6, 1), null, BY_BIGDATA))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void rule_milestone_already_achieved_cannot_be_achieved_twice() {
            fixture.given(registered(), planned("m-1", LocalDate.of(2026, 6, 30)),
                            new MilestoneAchieved(PROJECT, "m-1", "r-1", LocalDate.of(2026, 6, 1), null, "FZ-15", BY_BIGDATA))
                    .when(new AchieveMilestone(PROJECT, "m-1", "r-2", LocalDate.of(2026, 6, 2), null, BY_BIGDATA))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void rule_milestone_already_started() {
            fixture.given(registered(), planned("m-1", LocalDate.of(2026, 6, 30)),
                            new MilestoneStarted(PROJECT, "m-1", "r-1", LocalDate.of(2026, 4, 1), null, "FZ-15", BY_BIGDATA))
                    .when(new StartMilestone(PROJECT, "m-1", "r-2", LocalDate.of(2026, 4, 2), null, BY_BIGDATA))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Idempotency {

        @Test
        void a_command_repeated_under_a_seen_idempotency_key_changes_nothing() {
            fixture.given(registered(), planned("m-1", LocalDate.of(2026, 6, 30)),
                            new MilestoneProgressReported(PROJECT, "m-1", "r-1", 40, null, null, null, List.of(),
                                    LocalDate.of(2026, 5, 10), "FZ-15", key("k-1")))
                    .when(new ReportMilestoneProgress(PROJECT, "m-1", "r-1", 40, null, null, null, List.of(),
                            LocalDate.of(2026, 5, 10), key("k-1")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void only_the_last_thousand_keys_are_remembered_so_a_project_does_not_grow_with_every_report() {
            List<Object> history = new java.util.ArrayList<>(List.of(registered(), planned("m-1", LocalDate.of(2026, 6, 30))));
            for (int i = 0; i <= KeyProject.KEYS_REMEMBERED; i++) { // the planning's key is null: 1,001 keys
                history.add(new MilestoneProgressReported(PROJECT, "m-1", "r-" + i, i % 100, null, null, null, List.of(),
                        LocalDate.of(2026, 5, 10), "FZ-15", key("k-" + i)));
            }
            ReportMilestoneProgress repeatOfTheOldest = new ReportMilestoneProgress(PROJECT, "m-1", "r-0", 50, null, null,
                    null, List.of(), LocalDate.of(2026, 5, 11), key("k-0"));
            ReportMilestoneProgress repeatOfTheNewest = new ReportMilestoneProgress(PROJECT, "m-1", "r-1000", 50, null,
                    null, null, List.of(), LocalDate.of(2026, 5, 11), key("k-1000"));

            fixture.given(history).when(repeatOfTheNewest).expectSuccessfulHandlerExecution().expectNoEvents();
            fixture.given(history).when(repeatOfTheOldest).expectSuccessfulHandlerExecution()
                    .expectEvents(new MilestoneProgressReported(PROJECT, "m-1", "r-0", 50, null, null, null, List.of(),
                            LocalDate.of(2026, 5, 11), "FZ-15", key("k-0")));
        }
    }
}
