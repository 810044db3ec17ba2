package org.fyptracker.projects.seeding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.fyptracker.contracts.PlanPeriod;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.plans.Box;
import org.fyptracker.contracts.plans.BoxItem;
import org.fyptracker.contracts.plans.BoxItemKind;
import org.fyptracker.contracts.plans.Plan;
import org.fyptracker.contracts.projects.ProjectKind;
import org.fyptracker.contracts.projects.RegisterKeyProject;

/**
 * Which parts of a plan's boxes become key projects, and how they start. The rule:
 * <ul>
 *   <li>a programme item (its label ends 工程 / 行动 / 计划 / 项目) is a key project, named by its label;</li>
 *   <li>a programme box (its title ends 工程 / 行动 / 计划 / 项目: 城市品质提升工程, 福州马祖产业合作园区重点项目)
 *       lists the work packages of one programme under labels (海港, 空港; ◆城市更新): each labelled item is a
 *       key project, named "box title：label";</li>
 *   <li>a programme box without labelled items (强化实施“青榕工程”) is one key project, named by its title;</li>
 *   <li>anything else — guidance per district (专栏14 …发展指引), directions (…发展引导, …发展方向), platforms,
 *       policy measures (…政策举措), strategies — is not a project.</li>
 * </ul>
 * The city plan rarely names who leads a programme, so a city project starts with no lead department
 * (and stays on the supervisors' attention list until an admin assigns one); a district plan's projects
 * start led by that district's government. Nothing is invented: no responsibility the plan does not state.
 * The project id is derived from the box or item code, so seeding twice registers nothing twice.
 */
final class SeededProjects {

    /** The district governments whose plans are in the catalog, by plan code. */
    private static final Pattern PROGRAMME_TITLE = Pattern.compile("(工程|行动|计划|项目)[”\"]?$");

    static final Map<String, String> DISTRICT_LEADS = Map.of("GL-15", "gl-gov");
    static final Map<String, String> DISTRICT_LOCATIONS = Map.of("GL-15", "鼓楼区");

    private SeededProjects() {
    }

    static List<RegisterKeyProject> from(Plan plan, Provenance provenance) {
        List<RegisterKeyProject> commands = new ArrayList<>();
        for (Box box : plan.boxes()) {
            boolean programmeBox = isProgrammeBox(box);
            boolean anyLabelled = false;
            for (BoxItem item : box.items()) {
                String label = labelOf(item);
                anyLabelled |= label != null;
                if (item.kind() == BoxItemKind.PROGRAMME) {
                    commands.add(register(plan, item.code(), label, provenance));
                } else if (programmeBox && label != null) {
                    commands.add(register(plan, item.code(), box.title().strip() + "：" + label, provenance));
                }
            }
            if (programmeBox && !anyLabelled) {
                commands.add(register(plan, box.code(), box.title().strip(), provenance));
            }
        }
        return commands;
    }

    static boolean isProgrammeBox(Box box) {
        return PROGRAMME_TITLE.matcher(box.title().strip()).find();
    }

    private static RegisterKeyProject register(Plan plan, String planRef, String name, Provenance provenance) {
        return new RegisterKeyProject(projectIdOf(planRef), name, planRef, ProjectKind.PROGRAMME,
                DISTRICT_LEADS.get(plan.code()), List.of(), DISTRICT_LOCATIONS.get(plan.code()),
                PlanPeriod.START, PlanPeriod.END, null, provenance);
    }

    static String projectIdOf(String boxItemCode) {
        return UUID.nameUUIDFromBytes(("plan-item:" + boxItemCode).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The label as a name: the ◆ bullet, bold marks and the closing colon are layout, not name. */
    private static String labelOf(BoxItem item) {
        if (item.label() == null) {
            return null;
        }
        String label = item.label().replace("◆", "").replace("*", "").replaceAll("[：:]$", "").strip();
        return label.isEmpty() ? null : label;
    }
}
