package org.fyptracker.catalog.importing;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The plans the catalog holds from its first start: the city plan, then the district plan that
 * names it as parent.
 */
@ConfigurationProperties("fyp.catalog")
public record SeedPlansProperties(List<Seed> seeds) {

    public SeedPlansProperties {
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
    }

    /**
     * @param code     the plan's code, e.g. FZ-15
     * @param parent   the plan it implements, or null
     * @param resource the outline text (UTF-8)
     */
    public record Seed(String code, String parent, Resource resource) {
    }
}
