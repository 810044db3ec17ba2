package org.fyptracker.contracts.projects;

import java.time.LocalDate;
import org.fyptracker.contracts.Provenance;

/** A milestone (节点) with its planned date; weight says how much it counts towards the project. */
public record MilestonePlanned(
        String projectId,
        String milestoneId,
        String title,
        LocalDate plannedDate,
        int weight,
        String planCode,
        Provenance provenance) implements ProjectEvent {
}
