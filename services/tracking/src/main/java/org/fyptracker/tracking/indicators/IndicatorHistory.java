package org.fyptracker.tracking.indicators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.indicators.IndicatorDefined;
import org.fyptracker.contracts.indicators.IndicatorEvent;
import org.fyptracker.contracts.indicators.ObservationPeriod;
import org.fyptracker.contracts.indicators.ObservationRecorded;
import org.fyptracker.contracts.indicators.ObservationRevised;
import org.fyptracker.contracts.indicators.ResponsibilityAssigned;
import org.fyptracker.contracts.indicators.TargetAdjusted;
import org.fyptracker.contracts.indicators.TargetAssigned;

/** How an indicator's events add up to its view: a pure fold, so a rebuild from the topic gives the same view. */
public final class IndicatorHistory {

    private static final Comparator<IndicatorView.Figure> BY_PERIOD =
            Comparator.comparing(f -> ObservationPeriod.parse(f.period).orElseThrow());

    private IndicatorHistory() {
    }

    /** Applies one event; returns false (and changes nothing) for an event already applied. */
    public static boolean apply(IndicatorView view, IndicatorEvent event, long sequence, Instant at) {
        if (sequence <= view.lastSequence) {
            return false;
        }
        IndicatorView.HistoryEntry entry = entry(event, sequence, at);
        if (event instanceof IndicatorDefined e) {
            define(view, e);
        } else if (event instanceof ResponsibilityAssigned e) {
            view.responsibleDepartments = new ArrayList<>(e.departments());
            entry.reason = e.reason();
        } else if (event instanceof TargetAssigned e) {
            view.target = TargetJson.write(e.target());
            view.targetChanges.add(change("TargetAssigned", view.target, e.documentReference(), null, at));
            entry.reference = e.documentReference();
        } else if (event instanceof TargetAdjusted e) {
            view.target = TargetJson.write(e.target());
            view.targetChanges.add(change("TargetAdjusted", view.target, e.approvalReference(), e.reason(), at));
            entry.reference = e.approvalReference();
            entry.reason = e.reason();
        } else if (event instanceof ObservationRecorded e) {
            recorded(view, e, at);
            entry.period = e.period();
            entry.value = e.value();
            entry.kind = e.kind().name();
        } else if (event instanceof ObservationRevised e) {
            revised(view, e, at);
            entry.period = e.period();
            entry.value = e.value();
            entry.kind = e.kind().name();
            entry.previousValue = e.previousValue();
            entry.previousKind = e.previousKind().name();
            entry.reason = e.reason();
        }
        view.history.add(entry);
        view.lastSequence = sequence;
        view.updatedAt = at;
        return true;
    }

    private static void define(IndicatorView view, IndicatorDefined e) {
        view.code = e.indicatorCode();
        view.planCode = e.planCode();
        view.category = e.category();
        view.name = e.name();
        view.parentName = e.parentName();
        view.unit = e.unit();
        view.attribute = e.attribute() == null ? null : e.attribute().name();
        if (e.baseline() != null) {
            view.baselineRaw = e.baseline().raw();
            view.baselineValue = e.baseline().value();
            view.baselineFlags = e.baseline().flags().stream().map(Enum::name).sorted().toList();
        }
        view.targetText = e.targetText();
        view.growthText = e.growthText();
        view.target = TargetJson.write(e.target());
        view.plannedTarget = view.target;
        view.responsibleDepartments = new ArrayList<>(e.responsibleDepartments());
        view.quarterly = e.quarterly();
        view.horizonYear = e.horizonYear();
    }

    private static void recorded(IndicatorView view, ObservationRecorded e, Instant at) {
        view.observations.removeIf(f -> f.period.equals(e.period()));
        IndicatorView.Figure figure = new IndicatorView.Figure();
        figure.period = e.period();
        fill(figure, e.value(), e.kind().name(), e.source(), e.laggedYear(), e.note(), at, e.provenance());
        view.observations.add(figure);
        view.observations.sort(BY_PERIOD);
    }

    private static void revised(IndicatorView view, ObservationRevised e, Instant at) {
        IndicatorView.Figure figure = view.observations.stream().filter(f -> f.period.equals(e.period())).findFirst()
                .orElseGet(() -> {
                    IndicatorView.Figure missing = new IndicatorView.Figure();
                    missing.period = e.period();
                    view.observations.add(missing);
                    return missing;
                });
        IndicatorView.Replaced replaced = new IndicatorView.Replaced();
        replaced.value = e.previousValue();
        replaced.kind = e.previousKind().name();
        replaced.replacedAt = at;
        replaced.reason = e.reason();
        figure.replaced.add(replaced);
        fill(figure, e.value(), e.kind().name(), e.source(), e.laggedYear(), e.note(), at, e.provenance());
        view.observations.sort(BY_PERIOD);
    }

    private static void fill(IndicatorView.Figure figure, java.math.BigDecimal value, String kind, String source,
                             boolean laggedYear, String note, Instant at, Provenance provenance) {
        figure.value = value;
        figure.kind = kind;
        figure.source = source;
        figure.laggedYear = laggedYear;
        figure.note = note;
        figure.recordedAt = at;
        figure.department = provenance == null ? null : provenance.department();
    }

    private static IndicatorView.TargetChange change(String type, String target, String reference, String reason, Instant at) {
        IndicatorView.TargetChange change = new IndicatorView.TargetChange();
        change.type = type;
        change.target = target;
        change.reference = reference;
        change.reason = reason;
        change.at = at;
        return change;
    }

    private static IndicatorView.HistoryEntry entry(IndicatorEvent event, long sequence, Instant at) {
        IndicatorView.HistoryEntry entry = new IndicatorView.HistoryEntry();
        entry.sequence = sequence;
        entry.type = event.getClass().getSimpleName();
        entry.at = at;
        Provenance who = event.provenance();
        entry.department = who == null ? null : who.department();
        entry.client = who == null ? null : who.client();
        return entry;
    }
}
