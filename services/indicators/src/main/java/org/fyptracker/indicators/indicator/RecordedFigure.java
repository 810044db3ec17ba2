package org.fyptracker.indicators.indicator;

import java.math.BigDecimal;
import org.fyptracker.contracts.indicators.ObservationKind;

/** The figure a period currently holds: what a revision replaces. */
record RecordedFigure(BigDecimal value, ObservationKind kind) {
}
