package org.fyptracker.indicators;

import org.fyptracker.platform.ServiceStart;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Indicators with typed targets and their yearly and quarterly observations. */
@SpringBootApplication
public class IndicatorsApplication {

    public static void main(String[] args) {
        ServiceStart.run(IndicatorsApplication.class, args);
    }
}
