package org.fyptracker.projects;

import org.fyptracker.platform.ServiceStart;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Key projects and their milestones: where departments say what happened. */
@SpringBootApplication
@EnableScheduling
public class ProjectsApplication {

    public static void main(String[] args) {
        ServiceStart.run(ProjectsApplication.class, args);
    }
}
