package org.fyptracker.contracts.indicators;

/** Where a figure comes from: 快报数 (preliminary), 统计年鉴 (final), or 估算数 (estimate). */
public enum ObservationKind {
    PRELIMINARY,
    FINAL,
    ESTIMATE
}
