package org.fyptracker.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The no-text-dropped check used by the golden tests does detect dropped text. */
class SourceCoverageTest {

    @Test
    void linesOfAnotherPlanAreReportedMissing() {
        ImportResult gulou = PlanOutlineImporter.importPlan("GL-15", "FZ-15", "第一章 发展基础\n\n正文。\n");
        assertThat(SourceCoverage.missing("GL-15", gulou)).hasSizeGreaterThan(100);
    }
}
