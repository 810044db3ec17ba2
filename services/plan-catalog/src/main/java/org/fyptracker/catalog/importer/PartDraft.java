package org.fyptracker.catalog.importer;

import java.util.ArrayList;
import java.util.List;
import org.fyptracker.contracts.plans.Part;
import org.fyptracker.contracts.plans.PlanCodes;

/** A part while its introduction is still being read. */
final class PartDraft {

    final int number;
    final String title;
    final List<String> body = new ArrayList<>();

    PartDraft(int number, String title) {
        this.number = number;
        this.title = title;
    }

    Part build(String planCode) {
        return new Part(number, PlanCodes.part(planCode, number), title, body);
    }
}
