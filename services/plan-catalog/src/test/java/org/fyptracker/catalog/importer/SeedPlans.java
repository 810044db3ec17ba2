package org.fyptracker.catalog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the seed outlines from the classpath (/plans/FZ-15.txt, /plans/GL-15.txt) and imports them. */
final class SeedPlans {

    private SeedPlans() {
    }

    static ImportResult importSeed(String planCode, String parentCode) {
        long started = System.nanoTime();
        try (Reader reader = open(planCode)) {
            ImportResult result = PlanOutlineImporter.importPlan(planCode, parentCode, reader);
            System.out.printf("%s parsed in %d ms%n", planCode, (System.nanoTime() - started) / 1_000_000);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader open(String planCode) {
        InputStream in = SeedPlans.class.getResourceAsStream("/plans/" + planCode + ".txt");
        if (in == null) {
            throw new IllegalStateException("seed not on the classpath: /plans/" + planCode + ".txt");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
