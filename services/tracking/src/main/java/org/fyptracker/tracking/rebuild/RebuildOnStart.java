package org.fyptracker.tracking.rebuild;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The rebuild as a command: {@code java -jar tracking.jar --fyp.tracking.rebuild=true} starts the service,
 * rebuilds every read model from the start of the topics, logging progress every 2 s and the final counts,
 * and keeps serving afterwards (add {@code --fyp.tracking.rebuild-exit=true} to stop once done, exit code 0).
 */
@Component
@ConditionalOnProperty(name = "fyp.tracking.rebuild", havingValue = "true")
class RebuildOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RebuildOnStart.class);

    private final ReadModelRebuild rebuild;
    private final org.springframework.context.ConfigurableApplicationContext context;
    private final boolean exit;

    RebuildOnStart(ReadModelRebuild rebuild, org.springframework.context.ConfigurableApplicationContext context,
                   @org.springframework.beans.factory.annotation.Value("${fyp.tracking.rebuild-exit:false}") boolean exit) {
        this.rebuild = rebuild;
        this.context = context;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        rebuild.start();
        RebuildProgress p = rebuild.progress();
        while (!"DONE".equals(p.state())) {
            Thread.sleep(500);
            p = rebuild.progress();
        }
        log.info("rebuild command done: {}", p);
        if (exit) {
            System.exit(org.springframework.boot.SpringApplication.exit(context, () -> 0));
        }
    }
}
