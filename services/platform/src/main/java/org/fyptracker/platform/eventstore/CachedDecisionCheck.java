package org.fyptracker.platform.eventstore;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a command that was decided on an aggregate from the {@link OptimisticAggregateCache} and recorded
 * nothing — refused, or found already so. No append will tell whether the cached copy was current, so the
 * store is asked (one point lookup); if another replica has written since, the decision is thrown away as a
 * {@link ConcurrencyException}, the unit of work rolls back (which drops the entry) and the command is sent
 * again on the stored aggregate. A command that records events is left to its append, which the store's unique
 * sequence index checks for free.
 */
public class CachedDecisionCheck implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(CachedDecisionCheck.class);

    private final OptimisticAggregateCache cache;

    public CachedDecisionCheck(OptimisticAggregateCache cache) {
        this.cache = cache;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result;
        try {
            result = chain.proceed();
        } catch (ConcurrencyException conflict) {
            throw conflict;
        } catch (Exception refused) {
            // Whatever it applied before refusing is rolled back, so a refusal is checked even then.
            throwIfStale(unitOfWork.getMessage(), "refused: " + refused.getMessage(), true);
            throw refused;
        }
        throwIfStale(unitOfWork.getMessage(), "nothing to record", false);
        return result;
    }

    private void throwIfStale(CommandMessage<?> command, String decision, boolean refused) {
        for (OptimisticAggregateCache.Served served : OptimisticAggregateCache.servedInCurrentUnitOfWork().values()) {
            if ((refused || served.recordedNothing()) && cache.writtenSince(served.aggregateIdentifier(), served.version())) {
                log.info("cached aggregate was stale aggregate={} version={} command={} decision=\"{}\": sent again",
                        served.aggregateIdentifier(), served.version(), command.getPayloadType().getSimpleName(), decision);
                throw new ConcurrencyException("aggregate " + served.aggregateIdentifier() + " was written by another"
                        + " replica after version " + served.version() + ", the version " + command.getPayloadType().getSimpleName()
                        + " was decided on");
            }
        }
    }
}
