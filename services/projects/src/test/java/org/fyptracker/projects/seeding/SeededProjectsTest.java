package org.fyptracker.projects.seeding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.plans.Box;
import org.fyptracker.contracts.plans.BoxItem;
import org.fyptracker.contracts.plans.BoxItemKind;
import org.fyptracker.contracts.plans.Plan;
import org.fyptracker.contracts.projects.RegisterKeyProject;
import org.junit.jupiter.api.Test;

class SeededProjectsTest {

    static final Provenance SEEDING = Provenance.system(Instant.parse("2026-01-22T00:00:00Z"), "plan-seeding");

    static Plan plan(String code, String parent, Box... boxes) {
        return new Plan(code, parent, "规划纲要", null, List.of(), List.of(), List.of(), List.of(boxes), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    static Box box(String code, int n, String title, BoxItem... items) {
        return new Box(n, code + ".B" + String.format("%02d", n), title, 1, List.of(items), List.of());
    }

    static BoxItem item(String boxCode, int n, String label, BoxItemKind kind) {
        return new BoxItem(n, boxCode + "." + n, label, label + "：……", kind, null);
    }

    @Test
    void a_city_programme_becomes_a_key_project_with_no_lead_because_the_plan_names_none() {
        Plan fz = plan("FZ-15", null, box("FZ-15", 6, "现代化产业体系建设重点工程",
                item("FZ-15.B06", 1, "数字经济核心产业提升工程", BoxItemKind.PROGRAMME),
                item("FZ-15.B06", 2, "海港", BoxItemKind.DIRECTION)));
        List<RegisterKeyProject> projects = SeededProjects.from(fz, SEEDING);
        assertThat(projects).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("数字经济核心产业提升工程");
            assertThat(p.planRef()).isEqualTo("FZ-15.B06.1");
            assertThat(p.leadDepartment()).isNull();
            assertThat(p.provenance().department()).isEqualTo("system");
        });
    }

    @Test
    void a_district_item_is_a_project_led_by_the_district_government_unless_its_box_is_guidance() {
        Plan gl = plan("GL-15", "FZ-15",
                box("GL-15", 1, "产业高质量发展指引", item("GL-15.B01", 1, "◆数字经济：", BoxItemKind.DIRECTION)),
                box("GL-15", 9, "城市品质提升工程", item("GL-15.B09", 1, "◆城市更新：", BoxItemKind.DIRECTION),
                        item("GL-15.B09", 2, null, BoxItemKind.OTHER)));
        List<RegisterKeyProject> projects = SeededProjects.from(gl, SEEDING);
        assertThat(projects).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("城市更新");
            assertThat(p.leadDepartment()).isEqualTo("gl-gov");
            assertThat(p.location()).isEqualTo("鼓楼区");
        });
    }

    @Test
    void the_same_box_item_always_gives_the_same_project_id_so_seeding_twice_registers_nothing_twice() {
        assertThat(SeededProjects.projectIdOf("FZ-15.B06.1")).isEqualTo(SeededProjects.projectIdOf("FZ-15.B06.1"))
                .isNotEqualTo(SeededProjects.projectIdOf("FZ-15.B06.2"));
    }
}
