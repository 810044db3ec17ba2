package org.fyptracker.platform;

import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How every service's {@code main} starts it: a Spring context that fails to start ends the JVM with
 * {@link #FAILED_START}.
 *
 * <p>Why: when a context fails late (e.g. "Port … was already in use" when the web server starts), Axon's
 * processors and the Kafka clients have already started non-daemon threads, and the JVM kept running after
 * Spring had reported the failure — a process that looks alive, serves nothing and made {@code deploy/up} wait
 * for its health until its timeout. Exiting after Spring has logged its failure report and closed the context
 * lets a supervisor ({@code deploy/up}, Kubernetes) see the failure at once.
 *
 * <p>Also turns off Axon's update checker (unless {@value #UPDATE_CHECKER_DISABLED} is set otherwise): it sends
 * a machine id and versions to AxonIQ from every service, which a government system must not do unasked, and on
 * a machine without internet it logged a stack trace per attempt.
 */
public final class ServiceStart {

    /** The exit code of a service whose context did not start. */
    public static final int FAILED_START = 1;

    /** Axon's own switch (a system property; the environment variable {@code AXONIQ_UPDATE_CHECKER_DISABLED} too). */
    static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    private static final Logger log = LoggerFactory.getLogger(ServiceStart.class);

    private ServiceStart() {
    }

    /** Starts {@code application}; on a failed start, exits the JVM with {@link #FAILED_START}. */
    public static ConfigurableApplicationContext run(Class<?> application, String... args) {
        return run(new SpringApplication(application), args, System::exit);
    }

    /** As {@link #run(Class, String...)} with the exit injected (tests pass a recorder, not {@code System::exit}). */
    public static ConfigurableApplicationContext run(SpringApplication application, String[] args, IntConsumer exit) {
        if (System.getProperty(UPDATE_CHECKER_DISABLED) == null && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        }
        try {
            return application.run(args);
        } catch (SpringApplication.AbandonedRunException abandoned) {
            // Not a failure: Spring's build-time AOT processing stops the run on purpose once it has the context.
            throw abandoned;
        } catch (RuntimeException | Error failed) {
            // Spring has already logged why (its failure report) and closed the context.
            log.error("service did not start; exiting exitCode={} cause={}", FAILED_START, failed.toString());
            exit.accept(FAILED_START);
            throw failed;
        }
    }
}
