package org.fyptracker.platform.events;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when {@code fyp.events.consume-topics} names at least one topic, as a YAML list or comma-separated. */
class ConsumesEventsCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Binder.get(context.getEnvironment())
                .bind("fyp.events.consume-topics", Bindable.listOf(String.class))
                .map(topics -> !topics.isEmpty())
                .orElse(false);
    }
}
