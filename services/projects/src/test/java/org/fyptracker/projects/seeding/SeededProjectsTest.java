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
    void a_programme_item_becomes_a_key_project_named_by_its_label_with_no_lead_because_the_plan_names_none() {
        Plan fz = plan("FZ-15", null, box("FZ-15", 6, "海洋科技创新能力提升计划",
                item("FZ-15.B06", 1, "数字经济核心产业提升工程", BoxItemKind.PROGRAMME)));
        List<RegisterKeyProject> projects = SeededProjects.from(fz, SEEDING);
        assertThat(projects).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("数字经济核心产业提升工程");
            assertThat(p.planRef()).isEqualTo("FZ-15.B06.1");
            assertThat(p.leadDepartment()).isNull();
            assertThat(p.provenance().department()).isEqualTo("system");
        });
    }

    @Test
    void each_labelled_work_package_of_a_programme_box_is_a_key_project_named_after_box_and_label() {
        Plan fz = plan("FZ-15", null, box("FZ-15", 16, "综合交通枢纽系统功能提升工程",
                item("FZ-15.B16", 1, "海港", BoxItemKind.DIRECTION), item("FZ-15.B16", 2, "空港", BoxItemKind.DIRECTION)));
        assertThat(SeededProjects.from(fz, SEEDING)).extracting(RegisterKeyProject::name)
                .containsExactly("综合交通枢纽系统功能提升工程：海港", "综合交通枢纽系统功能提升工程：空港");
    }

    @Test
    void a_programme_box_without_labelled_items_is_one_key_project_named_by_its_title() {
        Plan fz = plan("FZ-15", null, box("FZ-15", 22, "强化实施“青榕工程”", item("FZ-15.B22", 1, null, BoxItemKind.OTHER)));
        assertThat(SeededProjects.from(fz, SEEDING)).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("强化实施“青榕工程”");
            assertThat(p.planRef()).isEqualTo("FZ-15.B22");
        });
    }

    @Test
    void guidance_directions_platforms_and_policy_boxes_list_no_projects() {
        Plan fz = plan("FZ-15", null,
                box("FZ-15", 14, "“十五五”时期各县（市）区发展指引", item("FZ-15.B14", 1, "鼓楼区", BoxItemKind.DIRECTION)),
                box("FZ-15", 7, "中心城区重点商业中心发展引导", item("FZ-15.B07", 1, "东街口", BoxItemKind.DIRECTION)),
                box("FZ-15", 12, "深化拓展台资台企市场准入政策举措", item("FZ-15.B12", 1, "金融", BoxItemKind.DIRECTION)));
        assertThat(SeededProjects.from(fz, SEEDING)).isEmpty();
    }

    @Test
    void a_district_plan_s_projects_are_led_by_the_district_government() {
        Plan gl = plan("GL-15", "FZ-15",
                box("GL-15", 1, "产业高质量发展指引", item("GL-15.B01", 1, "◆数字经济：", BoxItemKind.DIRECTION)),
                box("GL-15", 9, "城市品质提升工程", item("GL-15.B09", 1, "◆城市更新：", BoxItemKind.DIRECTION)));
        assertThat(SeededProjects.from(gl, SEEDING)).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("城市品质提升工程：城市更新");
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
