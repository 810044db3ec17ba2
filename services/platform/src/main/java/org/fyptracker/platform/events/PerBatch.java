package org.fyptracker.platform.events;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * What the handlers of one processing group gather over a batch of events, written once after the batch's last
 * handler. The write runs in a handler interceptor, before the batch commits and so before the processor stores
 * its token: a failed write rolls the batch back and it is processed again, and the failure is not an event's
 * (it never lands in a dead-letter queue). A batch of a backlog (a rebuild, a burst) then costs a few requests
 * instead of some per event (docs/benchmarks.md, findings 6, 16 and 29).
 * <p>
 * A {@link ConfigurerModule}, not a {@code MessageHandlerInterceptor} bean: Axon's Spring Boot support puts every
 * such bean on every processor, and this belongs to one group only.
 *
 * @param <B> what one batch gathers
 */
public final class PerBatch<B> implements ConfigurerModule {

    private final String group;
    private final String resource;
    private final Function<List<? extends EventMessage<?>>, B> open;
    private final Consumer<B> write;

    /**
     * @param group the processing group whose batches these are
     * @param open  what a batch starts with, given all of its events (e.g. to read what they touch at once)
     * @param write writes what the batch gathered
     */
    public PerBatch(String group, Function<List<? extends EventMessage<?>>, B> open, Consumer<B> write) {
        this.group = group;
        this.resource = PerBatch.class.getName() + "/" + group;
        this.open = open;
        this.write = write;
    }

    /** The batch being handled, or null when an event is handled on its own (then a handler writes at once). */
    public B current() {
        return CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().getResource(resource) : null;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing().registerHandlerInterceptor(group, c -> this::handle);
    }

    private Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch)) {
            return chain.proceed();
        }
        if (batch.isFirstMessage()) {
            @SuppressWarnings("unchecked") // the unit of work of an event processor: its messages are events
            List<? extends EventMessage<?>> events = (List<? extends EventMessage<?>>) batch.getMessages();
            unitOfWork.resources().put(resource, open.apply(events));
        }
        Object result = chain.proceed();
        if (batch.isLastMessage()) {
            write.accept(unitOfWork.getResource(resource));
        }
        return result;
    }
}
