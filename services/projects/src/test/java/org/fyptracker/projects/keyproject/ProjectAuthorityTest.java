package org.fyptracker.projects.keyproject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.projects.AmendKeyProject;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.contracts.projects.LeadDepartmentReassigned;
import org.fyptracker.contracts.projects.MilestonePlanned;
import org.fyptracker.contracts.projects.PlanMilestone;
import org.fyptracker.contracts.projects.ProjectKind;
import org.fyptracker.contracts.projects.ReassignLeadDepartment;
import org.fyptracker.contracts.projects.RegisterKeyProject;
import org.fyptracker.platform.security.CallerAuthority;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The authority rules of docs/security.md for key projects, alone and inside the aggregate. */
class ProjectAuthorityTest {

    private static final CallerAuthority GULOU = new CallerAuthority("gl-gov", "demo-report-gl-gov", Set.of("report"));
    private static final CallerAuthority TRANSPORT = new CallerAuthority("fz-transport", "demo-report-fz-transport", Set.of("report"));
    private static final CallerAuthority SUPERVISOR = new CallerAuthority("fz-rd", "demo-supervise", Set.of("supervise"));
    private static final CallerAuthority ADMIN = new CallerAuthority("fz-drc", "demo-admin", Set.of("admin"));
    private static final PlanMilestone MILESTONE = new PlanMilestone("p-1", "m-1", "开工", LocalDate.of(2026, 6, 30), 1, null);

    private static String ruleOf(Runnable check) {
        RuleViolation violation = catchThrowableOfType(RuleViolation.class, check::run);
        assertThat(violation).as("refused").isNotNull();
        assertThat(violation.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN);
        return violation.rule();
    }

    @Nested
    class Registering {

        @Test
        void a_reporting_department_registers_with_itself_as_lead() {
            assertThatCode(() -> ProjectAuthority.checkRegister(GULOU, "gl-gov")).doesNotThrowAnyException();
        }

        @Test
        void rule_register_own_department_as_lead_refuses_another_lead() {
            assertThat(ruleOf(() -> ProjectAuthority.checkRegister(GULOU, "fz-transport")))
                    .isEqualTo("register-own-department-as-lead");
        }

        @Test
        void an_admin_registers_for_any_department_and_a_supervisor_for_none() {
            assertThatCode(() -> ProjectAuthority.checkRegister(ADMIN, "gl-gov")).doesNotThrowAnyException();
            assertThat(ruleOf(() -> ProjectAuthority.checkRegister(SUPERVISOR, "fz-rd"))).isEqualTo("scope-insufficient");
        }
    }

    @Nested
    class Changing {

        @Test
        void the_lead_and_a_co_department_write_others_do_not() {
            assertThatCode(() -> ProjectAuthority.checkChange(GULOU, MILESTONE, "gl-gov", List.of())).doesNotThrowAnyException();
            assertThatCode(() -> ProjectAuthority.checkChange(TRANSPORT, MILESTONE, "gl-gov", List.of("fz-transport")))
                    .doesNotThrowAnyException();
            assertThat(ruleOf(() -> ProjectAuthority.checkChange(TRANSPORT, MILESTONE, "gl-gov", List.of())))
                    .isEqualTo("lead-or-co-department-only");
        }

        @Test
        void a_project_without_a_lead_is_written_by_admins_only() {
            assertThat(ruleOf(() -> ProjectAuthority.checkChange(GULOU, MILESTONE, null, List.of())))
                    .isEqualTo("lead-or-co-department-only");
            assertThatCode(() -> ProjectAuthority.checkChange(ADMIN, MILESTONE, null, List.of())).doesNotThrowAnyException();
        }

        @Test
        void rule_assignment_admin_only_covers_the_lead_and_the_co_departments() {
            ReassignLeadDepartment reassign = new ReassignLeadDepartment("p-1", "fz-transport", "调整", null);
            assertThat(ruleOf(() -> ProjectAuthority.checkChange(GULOU, reassign, "gl-gov", List.of())))
                    .isEqualTo("assignment-admin-only");
            AmendKeyProject moreHelp = new AmendKeyProject("p-1", null, null, List.of("fz-transport"), null, null, null, "协作", null);
            assertThat(ruleOf(() -> ProjectAuthority.checkChange(GULOU, moreHelp, "gl-gov", List.of())))
                    .isEqualTo("assignment-admin-only");
            AmendKeyProject sameHelp = new AmendKeyProject("p-1", "新名称", null, List.of("fz-transport"), null, null, null, "更名", null);
            assertThatCode(() -> ProjectAuthority.checkChange(GULOU, sameHelp, "gl-gov", List.of("fz-transport")))
                    .doesNotThrowAnyException();
            assertThatCode(() -> ProjectAuthority.checkChange(ADMIN, reassign, "gl-gov", List.of())).doesNotThrowAnyException();
        }

        @Test
        void a_supervisor_writes_nothing_even_to_its_own_department() {
            assertThat(ruleOf(() -> ProjectAuthority.checkChange(SUPERVISOR, MILESTONE, "fz-rd", List.of())))
                    .isEqualTo("scope-insufficient");
        }
    }

    /** The aggregate applies the rules to the caller that came with the command, and to nobody else. */
    @Nested
    class InTheAggregate {

        private final AggregateTestFixture<KeyProject> fixture = new AggregateTestFixture<>(KeyProject.class);
        private final Provenance who = new Provenance("fz-transport", "x", Instant.parse("2026-05-10T02:00:00Z"), null);
        private final KeyProjectRegistered registered = new KeyProjectRegistered("p-1", "五一路改造", "GL-15.B01.1", "GL-15",
                ProjectKind.PROGRAMME, "gl-gov", List.of(), "鼓楼区", LocalDate.of(2026, 3, 1), LocalDate.of(2027, 12, 31),
                BigDecimal.ONE, who);

        private Map<String, Object> as(CallerAuthority caller) {
            return caller.toMetaData();
        }

        @Test
        void another_departments_client_is_refused_and_nothing_is_recorded() {
            fixture.given(registered).when(MILESTONE, as(TRANSPORT))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("led by gl-gov"))
                    .expectNoEvents();
        }

        @Test
        void the_leads_client_plans_a_milestone() {
            fixture.given(registered).when(MILESTONE, as(GULOU))
                    .expectEvents(new MilestonePlanned("p-1", "m-1", "开工", LocalDate.of(2026, 6, 30), 1, "GL-15", null));
        }

        @Test
        void after_the_lead_moved_the_old_lead_is_refused() {
            fixture.given(registered, new LeadDepartmentReassigned("p-1", "gl-gov", "fz-transport", "机构改革", "GL-15", who))
                    .when(MILESTONE, as(GULOU))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void registering_for_another_department_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterKeyProject("p-2", "五一路改造", "GL-15.B01.1", ProjectKind.PROGRAMME, "gl-gov", List.of(),
                            "鼓楼区", LocalDate.of(2026, 3, 1), LocalDate.of(2027, 12, 31), BigDecimal.ONE, who), as(TRANSPORT))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void a_command_without_a_caller_is_the_systems_own() {
            fixture.given(registered).when(new ReassignLeadDepartment("p-1", "fz-transport", "机构改革", who))
                    .expectEvents(new LeadDepartmentReassigned("p-1", "gl-gov", "fz-transport", "机构改革", "GL-15", who));
        }
    }
}
