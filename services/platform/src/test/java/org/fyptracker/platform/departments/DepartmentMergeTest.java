package org.fyptracker.platform.departments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.departments.DepartmentsMerged;
import org.junit.jupiter.api.Test;

/** 福州市交通运输局 merged into a new 福州市交通运输和港口局: what projects and indicators do with it. */
class DepartmentMergeTest {

    private static final Instant NOW = Instant.parse("2027-03-01T02:00:00Z");
    private final DepartmentMerge merge = new DepartmentMerge(new DepartmentsMerged("fz-transport", "fz-transport-port",
            List.of("fz-transport", "fz-port"), "市政府机构改革方案",
            new Provenance("fz-drc", "demo-admin", NOW, "merge-request-1")));

    @Test
    void the_successor_takes_the_merged_departments_place_once_in_its_order() {
        assertThat(merge.inPlaceOf(List.of("fz-drc", "fz-transport", "gl-gov"))).containsExactly("fz-drc", "fz-transport-port", "gl-gov");
        assertThat(merge.inPlaceOf(List.of("fz-transport-port", "fz-transport"))).containsExactly("fz-transport-port");
        assertThat(merge.inPlaceOf(List.of("gl-gov"))).containsExactly("gl-gov");
    }

    @Test
    void every_change_names_the_merge_and_is_keyed_by_the_merge_and_its_target_so_a_replay_changes_nothing_twice() {
        assertThat(merge.reason()).isEqualTo("机构改革：fz-transport 并入 fz-transport-port（市政府机构改革方案）");
        Provenance provenance = merge.provenance(NOW.plusSeconds(5), "lead-p-1");
        assertThat(provenance).isEqualTo(new Provenance("fz-drc", "demo-admin", NOW.plusSeconds(5),
                "merge-fz-transport-fz-transport-port-lead-p-1"));
        assertThat(merge.provenance(NOW, "FZ-15.I04").idempotencyKey()).isEqualTo(
                merge.provenance(NOW.plusSeconds(60), "FZ-15.I04").idempotencyKey());
    }

    @Test
    void a_merge_recorded_without_provenance_is_the_systems() {
        DepartmentMerge unattributed = new DepartmentMerge(new DepartmentsMerged("a", "b", List.of("a"), null, null));
        assertThat(unattributed.reason()).isEqualTo("机构改革：a 并入 b");
        assertThat(unattributed.provenance(NOW, "FZ-15.I04"))
                .isEqualTo(new Provenance("system", "department-merge", NOW, "merge-a-b-FZ-15.I04"));
    }
}
