package org.fyptracker.contracts.indicators;

import org.fyptracker.contracts.DomainEvent;

/**
 * Every event of a main indicator (主要指标); the permitted list is the full set of indicator event types.
 * The aggregate id is the indicator's plan code, e.g. {@code FZ-15.I04} or {@code FZ-15.I14.1}.
 */
public sealed interface IndicatorEvent extends DomainEvent
        permits IndicatorDefined, ResponsibilityAssigned, TargetAssigned, TargetAdjusted,
        ObservationRecorded, ObservationRevised {

    String indicatorCode();

    @Override
    default String aggregateId() {
        return indicatorCode();
    }
}
