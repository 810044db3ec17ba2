package org.fyptracker.tracking;

import org.fyptracker.platform.ServiceStart;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The read side across contexts: what supervisors and the public query. */
@SpringBootApplication
@EnableScheduling
public class TrackingApplication {

    public static void main(String[] args) {
        ServiceStart.run(TrackingApplication.class, args);
    }
}
