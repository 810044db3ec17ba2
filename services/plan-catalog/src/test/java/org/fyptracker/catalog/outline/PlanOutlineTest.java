package org.fyptracker.catalog.outline;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.plans.ImportPlan;
import org.fyptracker.contracts.plans.Plan;
import org.fyptracker.contracts.plans.PlanImported;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanOutlineTest {

    private static final Provenance SEEDING = Provenance.system(Instant.parse("2026-01-22T00:00:00Z"), "plan-seeding");
    private static final Plan GULOU = new Plan("GL-15", "FZ-15", "福州市鼓楼区国民经济和社会发展 第十五个五年规划纲要", null,
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    private AggregateTestFixture<PlanOutline> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PlanOutline.class);
    }

    @Test
    void a_plan_new_to_the_catalog_is_imported() {
        fixture.givenNoPriorActivity()
                .when(new ImportPlan("GL-15", "sha-a", GULOU, SEEDING))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PlanImported("GL-15", "sha-a", GULOU, SEEDING))
                .expectResultMessagePayload(true);
    }

    @Test
    void the_same_text_imported_again_changes_nothing() {
        fixture.given(new PlanImported("GL-15", "sha-a", GULOU, SEEDING))
                .when(new ImportPlan("GL-15", "sha-a", GULOU, SEEDING))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void a_different_text_under_a_code_in_use_is_refused() {
        fixture.given(new PlanImported("GL-15", "sha-a", GULOU, SEEDING))
                .when(new ImportPlan("GL-15", "sha-b", GULOU, SEEDING))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectExceptionMessage("plan GL-15 is already in the catalog from a different text; its codes are in use");
    }

    @Test
    void the_code_must_be_the_outline_s_own() {
        fixture.givenNoPriorActivity()
                .when(new ImportPlan("GX-15", "sha-a", GULOU, SEEDING))
                .expectNoEvents()
                .expectException(RuleViolation.class);
    }
}
