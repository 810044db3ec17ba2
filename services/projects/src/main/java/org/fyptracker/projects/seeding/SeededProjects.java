package org.fyptracker.projects.seeding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fyptracker.contracts.PlanPeriod;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.plans.Box;
import org.fyptracker.contracts.plans.BoxItem;
import org.fyptracker.contracts.plans.BoxItemKind;
import org.fyptracker.contracts.plans.Plan;
import org.fyptracker.contracts.projects.ProjectKind;
import org.fyptracker.contracts.projects.RegisterKeyProject;

/**
 * Which box items of a plan become key projects, and how they start. The rule, per box item:
 * <ul>
 *   <li>a programme item (its label ends 工程 / 行动 / 计划 / 项目) is a key project, in any plan;</li>
 *   <li>in a district plan (one with a parent plan) every labelled ◆ item is a key project too: the
 *       district boxes group the concrete projects they name under each label (◆城市更新：…省委党校、
 *       海潮佳苑…), except in a box of guidance (a title ending 指引), which states directions;</li>
 *   <li>anything else — per-district guidance (专栏14), directions, policy measures — is not a project.</li>
 * </ul>
 * The city plan rarely names who leads a programme, so a city project starts with no lead department
 * (and stays on the supervisors' attention list until an admin assigns one); a district plan's projects
 * start led by that district's government. Nothing is invented: no responsibility the plan does not state.
 * The project id is derived from the box item's code, so seeding twice registers nothing twice.
 */
final class SeededProjects {

    /** The district governments whose plans are in the catalog, by plan code. */
    static final Map<String, String> DISTRICT_LEADS = Map.of("GL-15", "gl-gov");
    static final Map<String, String> DISTRICT_LOCATIONS = Map.of("GL-15", "鼓楼区");

    private SeededProjects() {
    }

    static List<RegisterKeyProject> from(Plan plan, Provenance provenance) {
        List<RegisterKeyProject> commands = new ArrayList<>();
        for (Box box : plan.boxes()) {
            for (BoxItem item : box.items()) {
                if (isProject(plan, box, item)) {
                    commands.add(new RegisterKeyProject(projectIdOf(item.code()), nameOf(item), item.code(),
                            ProjectKind.PROGRAMME, DISTRICT_LEADS.get(plan.code()), List.of(),
                            DISTRICT_LOCATIONS.get(plan.code()), PlanPeriod.START, PlanPeriod.END, null, provenance));
                }
            }
        }
        return commands;
    }

    static boolean isProject(Plan plan, Box box, BoxItem item) {
        if (item.kind() == BoxItemKind.PROGRAMME) {
            return true;
        }
        boolean district = plan.parentCode() != null;
        return district && item.kind() == BoxItemKind.DIRECTION && !box.title().strip().endsWith("指引");
    }

    static String projectIdOf(String boxItemCode) {
        return UUID.nameUUIDFromBytes(("plan-item:" + boxItemCode).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String nameOf(BoxItem item) {
        String label = item.label() == null ? item.text() : item.label();
        return label.replace("◆", "").replace("*", "").replaceAll("[：:]$", "").strip();
    }
}
