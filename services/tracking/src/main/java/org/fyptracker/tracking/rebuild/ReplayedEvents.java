package org.fyptracker.tracking.rebuild;

import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/** Counts the events the Kafka-fed processors handle: a rebuild's progress. */
public class ReplayedEvents implements MessageHandlerInterceptor<EventMessage<?>> {

    private final AtomicLong handled = new AtomicLong();

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        handled.incrementAndGet();
        return result;
    }

    long handled() {
        return handled.get();
    }

    void restart() {
        handled.set(0);
    }
}
