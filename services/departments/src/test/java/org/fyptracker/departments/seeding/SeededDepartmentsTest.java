package org.fyptracker.departments.seeding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.departments.DepartmentKind;
import org.fyptracker.contracts.departments.RegisterDepartment;
import org.fyptracker.contracts.plans.Box;
import org.fyptracker.contracts.plans.BoxItem;
import org.fyptracker.contracts.plans.BoxItemKind;
import org.fyptracker.contracts.plans.Plan;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class SeededDepartmentsTest {

    static final Provenance SEEDING = Provenance.system(Instant.parse("2026-01-22T00:00:00Z"), "plan-seeding");

    static Plan plan(String code, String parent, String title, Box... boxes) {
        return new Plan(code, parent, title, null, List.of(), List.of(), List.of(), List.of(boxes), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    static BoxItem item(int n, String label) {
        return new BoxItem(n, "FZ-15.B14." + n, label, label + "：……", BoxItemKind.DIRECTION, null);
    }

    @Test
    void each_division_in_the_guidance_box_is_its_people_s_government() {
        Plan fz = plan("FZ-15", null, "福州市国民经济和社会发展 第十五个五年规划纲要",
                new Box(14, "FZ-15.B14", "“十五五”时期各县（市）区发展指引", 41,
                        List.of(item(1, "福州新区（长乐区）"), item(2, "鼓楼区"), item(3, "福清市"), item(4, "闽侯县"),
                                item(5, "某开发区")), List.of()),
                new Box(6, "FZ-15.B06", "现代化产业体系建设重点工程", 18, List.of(item(1, "台江区")), List.of()));
        SeededDepartments.Outcome outcome = SeededDepartments.from(fz, SEEDING);
        assertThat(outcome.departments()).extracting(RegisterDepartment::code, RegisterDepartment::name, RegisterDepartment::kind)
                .containsExactly(
                        Tuple.tuple("cl-gov", "长乐区人民政府", DepartmentKind.DISTRICT_GOVERNMENT),
                        Tuple.tuple("gl-gov", "鼓楼区人民政府", DepartmentKind.DISTRICT_GOVERNMENT),
                        Tuple.tuple("fq-gov", "福清市人民政府", DepartmentKind.COUNTY_GOVERNMENT),
                        Tuple.tuple("mh-gov", "闽侯县人民政府", DepartmentKind.COUNTY_GOVERNMENT));
        assertThat(outcome.unplaced()).containsExactly("FZ-15.B14.5 某开发区");
    }

    @Test
    void a_district_plan_brings_its_district_government() {
        Plan gl = plan("GL-15", "FZ-15", "福州市鼓楼区国民经济和社会发展 第十五个五年规划纲要");
        assertThat(SeededDepartments.from(gl, SEEDING).departments()).extracting(RegisterDepartment::code)
                .containsExactly("gl-gov");
    }

    @Test
    void a_city_plan_without_the_guidance_box_names_no_department() {
        Plan fz = plan("FZ-15", null, "福州市国民经济和社会发展 第十五个五年规划纲要");
        assertThat(SeededDepartments.from(fz, SEEDING).departments()).isEmpty();
    }
}
