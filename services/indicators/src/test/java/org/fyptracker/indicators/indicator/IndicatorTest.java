package org.fyptracker.indicators.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.indicators.AdjustTarget;
import org.fyptracker.contracts.indicators.AssignResponsibility;
import org.fyptracker.contracts.indicators.AssignTarget;
import org.fyptracker.contracts.indicators.DefineIndicator;
import org.fyptracker.contracts.indicators.IndicatorDefined;
import org.fyptracker.contracts.indicators.ObservationKind;
import org.fyptracker.contracts.indicators.ObservationRecorded;
import org.fyptracker.contracts.indicators.ObservationRevised;
import org.fyptracker.contracts.indicators.RecordObservation;
import org.fyptracker.contracts.indicators.ResponsibilityAssigned;
import org.fyptracker.contracts.indicators.ReviseObservation;
import org.fyptracker.contracts.indicators.TargetAdjusted;
import org.fyptracker.contracts.indicators.TargetAssigned;
import org.fyptracker.contracts.plans.Baseline;
import org.fyptracker.contracts.plans.BaselineFlag;
import org.fyptracker.contracts.plans.IndicatorAttribute;
import org.fyptracker.contracts.plans.TypedTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The indicator's rules, with real rows of FZ-15 (福州市“十五五”主要指标表). */
class IndicatorTest {

    private static final String URBANISATION = "FZ-15.I04";
    private static final String FOREST = "FZ-15.I23";
    private static final Instant AT = Instant.parse("2027-02-10T02:00:00Z");
    private static final Provenance BY_STATS = new Provenance("fz-stats", "client-1", AT, null);
    private static final TypedTarget SEVENTY_SIX = new TypedTarget.Absolute(new BigDecimal("76"), "%");
    private static final TypedTarget BY_PROVINCE = new TypedTarget.AssignedByHigherLevel("省", "完成省下达指标");

    private AggregateTestFixture<Indicator> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Indicator.class);
    }

    private static Provenance key(String idempotencyKey) {
        return new Provenance("fz-stats", "client-1", AT, idempotencyKey);
    }

    private static IndicatorDefined urbanisation() {
        return new IndicatorDefined(URBANISATION, "FZ-15", "经济发展", "常住人口城镇化率", null, "%",
                IndicatorAttribute.EXPECTED, new Baseline("74.99", new BigDecimal("74.99"), Set.of()), "76", "[1.0]",
                SEVENTY_SIX, List.of("fz-stats"), false, 2030, BY_STATS);
    }

    private static IndicatorDefined forest() {
        return new IndicatorDefined(FOREST, "FZ-15", "绿色发展", "森林覆盖率", null, "%", IndicatorAttribute.BINDING,
                new Baseline("", null, Set.of(BaselineFlag.PENDING)), "完成省下达指标", "", BY_PROVINCE,
                List.of("fz-forestry"), false, 2030, BY_STATS);
    }

    private static RecordObservation observe(String period, String value, ObservationKind kind) {
        return new RecordObservation(URBANISATION, period, new BigDecimal(value), kind, "市统计局", false, null, BY_STATS);
    }

    private static ObservationRecorded observed(String period, String value, ObservationKind kind) {
        return new ObservationRecorded(URBANISATION, period, new BigDecimal(value), kind, "市统计局", false, null, "FZ-15", BY_STATS);
    }

    @Nested
    class Defining {

        @Test
        void a_row_of_the_plan_table_is_defined_under_its_plan_with_2030_as_horizon() {
            fixture.givenNoPriorActivity()
                    .when(new DefineIndicator(URBANISATION, "经济发展", "常住人口城镇化率", null, "%",
                            IndicatorAttribute.EXPECTED, new Baseline("74.99", new BigDecimal("74.99"), Set.of()), "76",
                            "[1.0]", SEVENTY_SIX, List.of("fz-stats"), false, null, BY_STATS))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(urbanisation());
        }

        @Test
        void a_code_that_is_not_an_indicator_code_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new DefineIndicator("FZ-15.C04", "经济发展", "常住人口城镇化率", null, "%", IndicatorAttribute.EXPECTED,
                            null, "76", null, SEVENTY_SIX, List.of(), false, null, BY_STATS))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("not an indicator code"))
                    .expectNoEvents();
        }

        @Test
        void a_horizon_beyond_2035_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new DefineIndicator(URBANISATION, "经济发展", "常住人口城镇化率", null, "%", IndicatorAttribute.EXPECTED,
                            null, "76", null, SEVENTY_SIX, List.of(), false, 2040, BY_STATS))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Observations {

        @Test
        void the_2026_preliminary_figure_is_recorded() {
            fixture.given(urbanisation())
                    .when(observe("2026", "75.25", ObservationKind.PRELIMINARY))
                    .expectEvents(observed("2026", "75.25", ObservationKind.PRELIMINARY));
        }

        @Test
        void the_final_figure_revises_the_preliminary_one_and_keeps_it_in_the_event() {
            fixture.given(urbanisation(), observed("2026", "75.25", ObservationKind.PRELIMINARY))
                    .when(observe("2026", "75.31", ObservationKind.FINAL))
                    .expectEvents(new ObservationRevised(URBANISATION, "2026", new BigDecimal("75.25"),
                            ObservationKind.PRELIMINARY, new BigDecimal("75.31"), ObservationKind.FINAL, "市统计局", false,
                            null, "final statistics replace the preliminary figure", "FZ-15", BY_STATS));
        }

        @Test
        void a_second_preliminary_figure_for_the_same_year_is_a_conflict() {
            fixture.given(urbanisation(), observed("2026", "75.25", ObservationKind.PRELIMINARY))
                    .when(observe("2026", "75.40", ObservationKind.PRELIMINARY))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("already holds preliminary figure 75.25"))
                    .expectNoEvents();
        }

        @Test
        void a_figure_over_a_final_one_needs_a_revision() {
            fixture.given(urbanisation(), observed("2026", "75.31", ObservationKind.FINAL))
                    .when(observe("2026", "75.40", ObservationKind.FINAL))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void a_period_outside_2025_to_2030_is_refused() {
            fixture.given(urbanisation())
                    .when(observe("2031", "76.5", ObservationKind.PRELIMINARY))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("outside 2025–2030"))
                    .expectNoEvents();
        }

        @Test
        void the_2025_final_figure_may_revise_the_baseline_year() {
            fixture.given(urbanisation())
                    .when(observe("2025", "75.02", ObservationKind.FINAL))
                    .expectEvents(observed("2025", "75.02", ObservationKind.FINAL));
        }

        @Test
        void a_quarter_for_a_yearly_indicator_is_refused() {
            fixture.given(urbanisation())
                    .when(observe("2026Q2", "75.1", ObservationKind.PRELIMINARY))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void a_share_given_as_a_fraction_is_a_value_in_the_wrong_unit() {
            fixture.given(urbanisation())
                    .when(observe("2026", "107.5", ObservationKind.PRELIMINARY))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("between 0 and 100"))
                    .expectNoEvents();
        }

        @Test
        void a_period_that_is_no_period_is_refused() {
            fixture.given(urbanisation())
                    .when(observe("2026-06", "75.1", ObservationKind.PRELIMINARY))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void a_department_not_responsible_may_not_report() {
            fixture.given(urbanisation())
                    .when(new RecordObservation(URBANISATION, "2026", new BigDecimal("75.25"), ObservationKind.PRELIMINARY,
                            null, false, null, new Provenance("fz-transport", "client-9", AT, null)))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("only fz-stats"))
                    .expectNoEvents();
        }

        @Test
        void the_same_request_twice_records_once() {
            RecordObservation once = new RecordObservation(URBANISATION, "2026", new BigDecimal("75.25"),
                    ObservationKind.PRELIMINARY, "市统计局", false, null, key("k1"));
            fixture.given(urbanisation(), new ObservationRecorded(URBANISATION, "2026", new BigDecimal("75.25"),
                            ObservationKind.PRELIMINARY, "市统计局", false, null, "FZ-15", key("k1")))
                    .when(once)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class Revisions {

        @Test
        void a_revision_keeps_the_earlier_value_and_says_why() {
            fixture.given(urbanisation(), observed("2026", "75.25", ObservationKind.PRELIMINARY))
                    .when(new ReviseObservation(URBANISATION, "2026", new BigDecimal("75.20"), ObservationKind.ESTIMATE,
                            "市统计局", false, null, "快报口径调整", BY_STATS))
                    .expectEvents(new ObservationRevised(URBANISATION, "2026", new BigDecimal("75.25"),
                            ObservationKind.PRELIMINARY, new BigDecimal("75.20"), ObservationKind.ESTIMATE, "市统计局",
                            false, null, "快报口径调整", "FZ-15", BY_STATS));
        }

        @Test
        void a_revision_of_a_period_without_an_observation_is_refused() {
            fixture.given(urbanisation())
                    .when(new ReviseObservation(URBANISATION, "2027", new BigDecimal("75.6"), ObservationKind.FINAL,
                            null, false, null, "年鉴", BY_STATS))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("has no observation to revise"))
                    .expectNoEvents();
        }

        @Test
        void a_final_figure_is_not_revised_back_to_preliminary() {
            fixture.given(urbanisation(), observed("2026", "75.31", ObservationKind.FINAL))
                    .when(new ReviseObservation(URBANISATION, "2026", new BigDecimal("75.2"), ObservationKind.PRELIMINARY,
                            null, false, null, "误报", BY_STATS))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void a_revision_needs_a_reason() {
            fixture.given(urbanisation(), observed("2026", "75.25", ObservationKind.PRELIMINARY))
                    .when(new ReviseObservation(URBANISATION, "2026", new BigDecimal("75.3"), ObservationKind.FINAL,
                            null, false, null, " ", BY_STATS))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Targets {

        private final TypedTarget assigned = new TypedTarget.AtLeast(new BigDecimal("58.1"), true);

        @Test
        void the_province_assigns_the_forest_cover_target_with_its_document() {
            fixture.given(forest())
                    .when(new AssignTarget(FOREST, assigned, "闽政〔2026〕12号", BY_STATS))
                    .expectEvents(new TargetAssigned(FOREST, assigned, "闽政〔2026〕12号", "FZ-15", BY_STATS));
        }

        @Test
        void an_assignment_without_its_document_is_refused() {
            fixture.given(forest())
                    .when(new AssignTarget(FOREST, assigned, null, BY_STATS))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void a_target_the_plan_itself_states_is_not_assigned_by_the_higher_level() {
            fixture.given(urbanisation())
                    .when(new AssignTarget(URBANISATION, assigned, "闽政〔2026〕12号", BY_STATS))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void an_assigned_target_states_a_number() {
            fixture.given(forest())
                    .when(new AssignTarget(FOREST, new TypedTarget.Qualitative("稳中有升"), "闽政〔2026〕12号", BY_STATS))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void a_mid_term_adjustment_names_the_approval_and_keeps_the_previous_target() {
            TypedTarget lowered = new TypedTarget.Absolute(new BigDecimal("75.6"), "%");
            fixture.given(urbanisation())
                    .when(new AdjustTarget(URBANISATION, lowered, "榕人大常〔2028〕3号", "中期评估调整", BY_STATS))
                    .expectEvents(new TargetAdjusted(URBANISATION, SEVENTY_SIX, lowered, "榕人大常〔2028〕3号", "中期评估调整",
                            "FZ-15", BY_STATS));
        }

        @Test
        void an_adjustment_without_approval_reference_is_refused() {
            fixture.given(urbanisation())
                    .when(new AdjustTarget(URBANISATION, new TypedTarget.Absolute(new BigDecimal("75.6"), "%"), "",
                            "中期评估调整", BY_STATS))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("standing committee"))
                    .expectNoEvents();
        }

        @Test
        void responsibility_moves_to_another_department() {
            fixture.given(urbanisation())
                    .when(new AssignResponsibility(URBANISATION, List.of("fz-nrb"), "机构改革", BY_STATS))
                    .expectEvents(new ResponsibilityAssigned(URBANISATION, List.of("fz-nrb"), "机构改革", "FZ-15", BY_STATS));
        }
    }

    /** The verified caller travels with the command; the indicator decides by its own responsible departments. */
    @Nested
    class Authority {

        private final java.util.Map<String, Object> statsReport = new org.fyptracker.platform.security.CallerAuthority(
                "fz-stats", "stats-system", Set.of("report")).toMetaData();
        private final java.util.Map<String, Object> gulouReport = new org.fyptracker.platform.security.CallerAuthority(
                "gl-gov", "demo-report-gl-gov", Set.of("report")).toMetaData();
        private final java.util.Map<String, Object> admin = new org.fyptracker.platform.security.CallerAuthority(
                "fz-drc", "demo-admin", Set.of("admin")).toMetaData();

        @Test
        void the_responsible_departments_client_records_and_another_is_refused_with_nothing_recorded() {
            fixture.given(urbanisation()).when(observe("2026", "75.3", ObservationKind.PRELIMINARY), statsReport)
                    .expectSuccessfulHandlerExecution();
            fixture.given(urbanisation()).when(observe("2026", "75.3", ObservationKind.PRELIMINARY), gulouReport)
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("fz-stats"))
                    .expectNoEvents();
        }

        @Test
        void an_admin_of_another_department_records_too() {
            fixture.given(urbanisation()).when(observe("2026", "75.3", ObservationKind.PRELIMINARY), admin)
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void a_reporting_client_cannot_make_itself_responsible() {
            fixture.given(urbanisation())
                    .when(new org.fyptracker.contracts.indicators.AssignResponsibility(URBANISATION, List.of("gl-gov"),
                            "我来报", BY_STATS), gulouReport)
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }
    }
}
