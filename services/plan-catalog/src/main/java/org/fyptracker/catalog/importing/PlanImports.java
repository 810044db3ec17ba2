package org.fyptracker.catalog.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fyptracker.catalog.importer.ImportResult;
import org.fyptracker.catalog.importer.PlanOutlineImporter;
import org.fyptracker.contracts.PlanRef;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.plans.ImportPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reads a plan outline and, unless it is a dry run, puts it into the catalog through the
 * {@code ImportPlan} command, so the catalog (and everything seeded from it) is events.
 */
@Service
public class PlanImports {

    private static final Logger log = LoggerFactory.getLogger(PlanImports.class);

    private final CommandGateway commands;

    public PlanImports(CommandGateway commands) {
        this.commands = commands;
    }

    public ImportReport dryRun(String planCode, String parentCode, String text) {
        return read(planCode, parentCode, text).report(true, false);
    }

    public ImportReport importPlan(String planCode, String parentCode, String text, Provenance provenance) {
        Parsed parsed = read(planCode, parentCode, text);
        Boolean created = commands.sendAndWait(new ImportPlan(planCode, parsed.sha256(), parsed.result().plan(),
                provenance));
        ImportReport report = parsed.report(false, Boolean.TRUE.equals(created));
        log.info("plan {} {}: {} parts, {} chapters, {} boxes, {} box items, {} indicators, {} warnings",
                planCode, report.created() ? "imported" : "already in the catalog, unchanged",
                report.counts().parts(), report.counts().chapters(), report.counts().boxes(),
                report.counts().boxItems(), report.counts().indicators(), report.warnings().size());
        return report;
    }

    private Parsed read(String planCode, String parentCode, String text) {
        requireCode("planCode", planCode);
        if (parentCode != null) {
            requireCode("parentCode", parentCode);
        }
        if (text == null || text.isBlank()) {
            throw RuleViolation.invalid("outline-not-empty", "body", "the plan outline text is empty");
        }
        long started = System.nanoTime();
        log.info("reading plan outline {} ({} characters)", planCode, text.length());
        ImportResult result = PlanOutlineImporter.importPlan(planCode, parentCode, text);
        long millis = (System.nanoTime() - started) / 1_000_000;
        result.warnings().forEach(w -> log.warn("plan {} line {}: {}", planCode, w.lineNumber(), w.message()));
        return new Parsed(result, sha256(text), millis);
    }

    private static void requireCode(String field, String code) {
        if (code == null || !code.matches(PlanRef.PLAN_CODE_PATTERN)) {
            throw RuleViolation.invalid("plan-code-format", field,
                    "a plan code looks like FZ-15: 2–8 capital letters, a dash, the plan's number");
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Parsed(ImportResult result, String sha256, long millis) {
        ImportReport report(boolean dryRun, boolean created) {
            return new ImportReport(result.plan().code(), result.plan().parentCode(), result.plan().title(), sha256,
                    dryRun, created, millis, result.counts(), result.warnings());
        }
    }
}
