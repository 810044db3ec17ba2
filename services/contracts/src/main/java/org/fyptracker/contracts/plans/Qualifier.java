package org.fyptracker.contracts.plans;

/** How a stated number is meant: exactly, 左右 (about), 以上 / ≥ (at least), > (more than), 不超过 / ≤ (at most). */
public enum Qualifier {
    EXACT,
    ABOUT,
    AT_LEAST,
    MORE_THAN,
    AT_MOST,
    LESS_THAN
}
