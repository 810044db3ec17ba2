package org.fyptracker.tracking.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.fyptracker.tracking.Fixtures;
import org.junit.jupiter.api.Test;

class PlanStructureTest {

    private final PlanStructure plan = Fixtures.plan();

    @Test
    void a_box_item_is_in_its_box_the_box_in_its_chapter_the_chapter_in_its_part() {
        assertThat(plan.place("FZ-15.B02.1")).isEqualTo(new Placement("FZ-15", 2, 3, 2));
        assertThat(plan.place("FZ-15.B01.2")).isEqualTo(new Placement("FZ-15", 1, 1, 1));
    }

    @Test
    void a_chapter_or_section_reference_is_in_its_chapter_and_part_but_no_box() {
        assertThat(plan.place("FZ-15.C04")).isEqualTo(new Placement("FZ-15", 3, 4, null));
        assertThat(plan.place("FZ-15.C02.S3")).isEqualTo(new Placement("FZ-15", 1, 2, null));
    }

    @Test
    void a_part_reference_is_in_its_part_only() {
        assertThat(plan.place("FZ-15.P02")).isEqualTo(new Placement("FZ-15", 2, null, null));
    }

    @Test
    void the_plan_itself_unknown_items_and_other_plans_place_nothing_below_the_plan() {
        assertThat(plan.place("FZ-15")).isEqualTo(new Placement("FZ-15", null, null, null));
        assertThat(plan.place("FZ-15.B09.1")).isEqualTo(new Placement("FZ-15", null, null, null));
        assertThat(plan.place("FZ-15.I04")).isEqualTo(new Placement("FZ-15", null, null, null));
        assertThat(plan.place("GL-15.B01.1")).isEqualTo(Placement.NOWHERE);
        assertThat(plan.place(null)).isEqualTo(Placement.NOWHERE);
    }
}
