package org.fyptracker.contracts.cloudevents;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fyptracker.contracts.DomainEvent;
import org.fyptracker.contracts.departments.DepartmentEvent;
import org.fyptracker.contracts.indicators.IndicatorEvent;
import org.fyptracker.contracts.plans.PlanEvent;
import org.fyptracker.contracts.projects.ProjectEvent;

/**
 * The CloudEvent names of every published event: type {@code org.fyptracker.<context>.<Event>.v<n>},
 * source {@code /fyp-tracker/<context>}. The context is the event's package under contracts, so a new
 * event needs no registration beyond being permitted by its context's sealed interface.
 */
public final class CloudEventTypes {

    /** The sealed root of each context's events. */
    public static final List<Class<? extends DomainEvent>> ROOTS = List.of(ProjectEvent.class, IndicatorEvent.class, PlanEvent.class,
            DepartmentEvent.class);

    private static final String PREFIX = "org.fyptracker.";
    private static final Map<String, Class<? extends DomainEvent>> BY_TYPE = index();

    private CloudEventTypes() {
    }

    public static String typeOf(Class<?> eventClass) {
        EventVersion version = eventClass.getAnnotation(EventVersion.class);
        return PREFIX + contextOf(eventClass) + "." + eventClass.getSimpleName() + ".v"
                + (version == null ? 1 : version.value());
    }

    public static URI sourceOf(Class<?> eventClass) {
        return URI.create("/fyp-tracker/" + contextOf(eventClass));
    }

    public static Optional<Class<? extends DomainEvent>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** Every published event class, in a stable order. */
    public static List<Class<? extends DomainEvent>> all() {
        return List.copyOf(BY_TYPE.values());
    }

    static String contextOf(Class<?> eventClass) {
        String pkg = eventClass.getPackageName();
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends DomainEvent>> index() {
        Map<String, Class<? extends DomainEvent>> byType = new LinkedHashMap<>();
        for (Class<? extends DomainEvent> root : ROOTS) {
            Arrays.stream(root.getPermittedSubclasses())
                    .forEach(c -> byType.put(typeOf(c), (Class<? extends DomainEvent>) c));
        }
        return Map.copyOf(byType);
    }
}
