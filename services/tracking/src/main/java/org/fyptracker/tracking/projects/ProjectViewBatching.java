package org.fyptracker.tracking.projects;

import java.util.LinkedHashSet;
import java.util.Set;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.fyptracker.contracts.projects.ProjectEvent;
import org.fyptracker.tracking.events.ReadModelVersions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Opens a {@link ProjectViewBatch} at the first event of each batch of the {@code project-views} processor
 * and writes it after the last one. It writes from a handler interceptor, after the last event's handler and
 * before the unit of work commits, on purpose: the processor stores its token when the batch commits, so a
 * failed write rolls the batch back and it is processed again; and an error here is not an event's error,
 * so it never lands in the dead-letter queue.
 * <p>
 * Not itself a {@code MessageHandlerInterceptor} bean: Axon's Spring Boot support puts every such bean on every
 * processor, and this one belongs to the project views' processor only.
 */
@Component
public class ProjectViewBatching implements ConfigurerModule {

    private final MongoTemplate mongo;
    private final ProjectEventLog log;
    private final ReadModelVersions version;

    public ProjectViewBatching(MongoTemplate mongo, ProjectEventLog log, ReadModelVersions version) {
        this.mongo = mongo;
        this.log = log;
        this.version = version;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing().registerHandlerInterceptor(ProjectViewProjection.GROUP, c -> this::handle);
    }

    private Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch)) {
            return chain.proceed();
        }
        if (batch.isFirstMessage()) {
            ProjectViewBatch.begin(unitOfWork, projectIds(batch));
        }
        Object result = chain.proceed();
        if (batch.isLastMessage()) {
            ProjectViewBatch.of(unitOfWork).write(mongo, log, version);
        }
        return result;
    }

    private static Set<String> projectIds(BatchingUnitOfWork<?> batch) {
        Set<String> ids = new LinkedHashSet<>();
        batch.getMessages().forEach(message -> {
            if (message.getPayload() instanceof ProjectEvent event) {
                ids.add(event.projectId());
            }
        });
        return ids;
    }
}
