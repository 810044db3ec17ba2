package org.fyptracker.contracts.plans;

/** A 名词解释 entry of a box: the term (◇ and ** removed) and the whole paragraph as written. */
public record GlossaryTerm(String term, String text) {
}
