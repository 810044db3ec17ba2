package org.fyptracker.catalog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The plans themselves: parts, chapters, sections, feature boxes and indicator rows. */
@SpringBootApplication
public class PlanCatalogApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlanCatalogApplication.class, args);
    }
}
