package org.fyptracker.indicators;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Indicators with typed targets and their yearly and quarterly observations. */
@SpringBootApplication
public class IndicatorsApplication {

    public static void main(String[] args) {
        SpringApplication.run(IndicatorsApplication.class, args);
    }
}
