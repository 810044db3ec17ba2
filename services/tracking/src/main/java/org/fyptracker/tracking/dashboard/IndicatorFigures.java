package org.fyptracker.tracking.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fyptracker.tracking.indicators.IndicatorReport;
import org.fyptracker.tracking.indicators.evaluation.Evaluation;
import org.fyptracker.tracking.indicators.evaluation.IndicatorStatus;

/**
 * A plan's main indicators evaluated for one year: how many, by status, how many are binding (约束性), and the
 * binding ones in alarm (behind or off track) with the evaluation's explanation.
 */
public record IndicatorFigures(int year, int total, Map<String, Integer> byStatus, int binding, int bindingInAlarm,
                               List<Alarm> alarms) {

    /** A binding indicator in alarm. */
    public record Alarm(String code, String name, String status, String explanation, List<String> responsibleDepartments) {
    }

    public static IndicatorFigures of(List<IndicatorReport> indicators, int year) {
        Map<String, Integer> byStatus = ProjectFigures.zeros(Arrays.stream(IndicatorStatus.values()).map(Enum::name).toList());
        int binding = 0;
        List<Alarm> alarms = new java.util.ArrayList<>();
        for (IndicatorReport i : indicators) {
            Evaluation e = i.year(year).orElseThrow(() -> new IllegalArgumentException(i.code() + " not evaluated for " + year));
            byStatus.merge(e.status().name(), 1, Integer::sum);
            if (i.binding()) {
                binding++;
            }
            if (e.alarm()) {
                alarms.add(new Alarm(i.code(), i.name(), e.status().name(), e.explanation(), i.responsibleDepartments()));
            }
        }
        return new IndicatorFigures(year, indicators.size(), byStatus, binding, alarms.size(), List.copyOf(alarms));
    }
}
