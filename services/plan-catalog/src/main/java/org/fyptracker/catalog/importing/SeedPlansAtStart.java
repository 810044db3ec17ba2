package org.fyptracker.catalog.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.fyptracker.contracts.Provenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Imports the seed plans on every start. The first start puts them into the catalog; later starts
 * find the same text already there and change nothing, so the system is seeded exactly once.
 */
@Component
@EnableConfigurationProperties(SeedPlansProperties.class)
class SeedPlansAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedPlansAtStart.class);

    private final SeedPlansProperties properties;
    private final PlanImports imports;
    private final Clock clock;

    SeedPlansAtStart(SeedPlansProperties properties, PlanImports imports, Clock clock) {
        this.properties = properties;
        this.imports = imports;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int n = 0;
        for (SeedPlansProperties.Seed seed : properties.seeds()) {
            n++;
            log.info("seeding plan {}/{}: {} from {}", n, properties.seeds().size(), seed.code(), seed.resource());
            ImportReport report = imports.importPlan(seed.code(), seed.parent(), read(seed),
                    Provenance.system(clock.instant(), "plan-seeding"));
            log.info("seeded plan {} in {} ms of reading ({})", seed.code(), report.parseMillis(),
                    report.created() ? "new" : "unchanged");
        }
    }

    private static String read(SeedPlansProperties.Seed seed) {
        try {
            return seed.resource().getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed plan " + seed.code(), e);
        }
    }
}
