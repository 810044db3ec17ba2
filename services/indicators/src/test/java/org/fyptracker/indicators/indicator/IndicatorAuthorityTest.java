package org.fyptracker.indicators.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.indicators.AssignResponsibility;
import org.fyptracker.contracts.indicators.ObservationKind;
import org.fyptracker.contracts.indicators.RecordObservation;
import org.fyptracker.platform.security.CallerAuthority;
import org.junit.jupiter.api.Test;

/** The authority rules of docs/security.md for indicators. */
class IndicatorAuthorityTest {

    private static final CallerAuthority STATS = new CallerAuthority("fz-stats", "stats-report", Set.of("report"));
    private static final CallerAuthority GULOU = new CallerAuthority("gl-gov", "demo-report-gl-gov", Set.of("report"));
    private static final CallerAuthority SUPERVISOR = new CallerAuthority("fz-rd", "demo-supervise", Set.of("supervise"));
    private static final CallerAuthority ADMIN = new CallerAuthority("fz-drc", "demo-admin", Set.of("admin"));
    private static final RecordObservation OBSERVATION = new RecordObservation("FZ-15.I01", "2026", new BigDecimal("6.1"),
            ObservationKind.PRELIMINARY, "统计快报", false, null, null);
    private static final AssignResponsibility ASSIGN = new AssignResponsibility("FZ-15.I01", List.of("gl-gov"), "调整", null);

    private static String ruleOf(Runnable check) {
        RuleViolation violation = catchThrowableOfType(RuleViolation.class, check::run);
        assertThat(violation).as("refused").isNotNull();
        assertThat(violation.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN);
        return violation.rule();
    }

    @Test
    void the_responsible_department_reports_and_another_does_not() {
        assertThatCode(() -> IndicatorAuthority.check(STATS, OBSERVATION, "FZ-15.I01", List.of("fz-stats")))
                .doesNotThrowAnyException();
        assertThat(ruleOf(() -> IndicatorAuthority.check(GULOU, OBSERVATION, "FZ-15.I01", List.of("fz-stats"))))
                .isEqualTo("responsible-department-only");
    }

    @Test
    void an_indicator_nobody_is_responsible_for_is_reported_by_admins_only() {
        assertThat(ruleOf(() -> IndicatorAuthority.check(STATS, OBSERVATION, "FZ-15.I01", List.of())))
                .isEqualTo("responsible-department-only");
        assertThatCode(() -> IndicatorAuthority.check(ADMIN, OBSERVATION, "FZ-15.I01", List.of())).doesNotThrowAnyException();
    }

    @Test
    void rule_assignment_admin_only_keeps_responsibility_and_targets_with_admins() {
        assertThat(ruleOf(() -> IndicatorAuthority.check(STATS, ASSIGN, "FZ-15.I01", List.of("fz-stats"))))
                .isEqualTo("assignment-admin-only");
        assertThatCode(() -> IndicatorAuthority.check(ADMIN, ASSIGN, "FZ-15.I01", List.of("fz-stats"))).doesNotThrowAnyException();
    }

    @Test
    void a_supervisor_writes_nothing() {
        assertThat(ruleOf(() -> IndicatorAuthority.check(SUPERVISOR, OBSERVATION, "FZ-15.I01", List.of("fz-rd"))))
                .isEqualTo("scope-insufficient");
    }
}
