package org.fyptracker.catalog;

import org.fyptracker.platform.ServiceStart;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The plans themselves: parts, chapters, sections, feature boxes and indicator rows. */
@SpringBootApplication
public class PlanCatalogApplication {

    public static void main(String[] args) {
        ServiceStart.run(PlanCatalogApplication.class, args);
    }
}
