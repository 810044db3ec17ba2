package org.fyptracker.departments;

import org.fyptracker.platform.ServiceStart;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The department registry and the machine clients that act for departments. */
@SpringBootApplication
public class DepartmentsApplication {

    public static void main(String[] args) {
        ServiceStart.run(DepartmentsApplication.class, args);
    }
}
