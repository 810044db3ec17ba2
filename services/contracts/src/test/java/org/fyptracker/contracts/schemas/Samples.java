package org.fyptracker.contracts.schemas;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fyptracker.contracts.DomainEvent;

/**
 * Instances of every event record built from its components: a full one (every component set, cycling
 * through the constants of each enum and the subtypes of each sealed interface by {@code variant}), and a
 * minimal one (only what is never null). Together they exercise every property and every branch of the
 * schema, for every event type, without a hand-written fixture that falls behind the records.
 */
final class Samples {

    static final Instant TIME = Instant.parse("2026-05-10T01:02:03.456Z");
    static final LocalDate DATE = LocalDate.of(2026, 5, 10);

    private Samples() {
    }

    /** Enough variants to reach every enum constant and every sealed subtype. */
    static int variants() {
        return 12;
    }

    static <T> T full(Class<T> type, int variant) {
        return type.cast(value(type, type, "root", variant, false, 0));
    }

    static <T> T minimal(Class<T> type) {
        return type.cast(value(type, type, "root", 0, true, 0));
    }

    /** Whether the record takes a null for this component and keeps it null. */
    static boolean acceptsNull(Class<?> record, int index) {
        RecordComponent[] components = record.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = value(components[i].getGenericType(), components[i].getType(), components[i].getName(), 0, false, 1);
        }
        args[index] = null;
        try {
            Object instance = construct(record, args);
            return components[index].getAccessor().invoke(instance) == null;
        } catch (IllegalArgumentException | ReflectiveOperationException | NullPointerException refused) {
            return false;
        }
    }

    /** The name of the component an event's aggregate id is. */
    static String aggregateIdComponent(Class<?> eventClass) {
        DomainEvent event = (DomainEvent) full(eventClass, 0);
        for (RecordComponent component : eventClass.getRecordComponents()) {
            try {
                if (component.getType() == String.class && component.getAccessor().invoke(event).equals(event.aggregateId())) {
                    return component.getName();
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(eventClass + " has no component holding its aggregate id");
    }

    private static Object value(Type generic, Class<?> type, String name, int variant, boolean minimal, int depth) {
        if (type == int.class || type == Integer.class) {
            return 7 + variant;
        }
        if (type == long.class || type == Long.class) {
            return 7L + variant;
        }
        if (type == boolean.class || type == Boolean.class) {
            return variant % 2 == 0;
        }
        if (type == String.class) {
            return string(name, variant);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("12.50").add(BigDecimal.valueOf(variant));
        }
        if (type == Instant.class) {
            return TIME;
        }
        if (type == LocalDate.class) {
            return DATE.plusDays(variant);
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[variant % constants.length];
        }
        if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type)) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Class<?> elementClass = element instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) element;
            List<Object> items = new ArrayList<>();
            if (!minimal && depth < 6) {
                items.add(value(element, elementClass, name, variant, false, depth + 1));
            }
            return Set.class.isAssignableFrom(type) ? new LinkedHashSet<>(items) : items;
        }
        if (type.isSealed()) {
            Class<?>[] subtypes = type.getPermittedSubclasses();
            Class<?> chosen = subtypes[variant % subtypes.length];
            return value(chosen, chosen, name, variant, minimal, depth + 1);
        }
        if (type.isRecord()) {
            return record(type, variant, minimal, depth);
        }
        if (Map.class.isAssignableFrom(type)) {
            return Map.of();
        }
        throw new IllegalStateException("no sample for " + type + " (" + name + "): teach Samples this type");
    }

    private static Object record(Class<?> type, int variant, boolean minimal, int depth) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Set<String> required = minimal ? EventSchemas.neverNull(type) : Set.of();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            boolean keep = !minimal || c.getType().isPrimitive() || required.contains(c.getName())
                    || EventSchemas.isCollection(c.getType());
            args[i] = keep ? value(c.getGenericType(), c.getType(), c.getName(), variant, minimal, depth + 1) : null;
        }
        try {
            return construct(type, args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a sample " + type.getSimpleName(), e);
        }
    }

    private static Object construct(Class<?> type, Object[] args) throws ReflectiveOperationException {
        Class<?>[] types = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** Strings that look like the real thing where the name says what the thing is. */
    private static String string(String name, int variant) {
        String n = name.toLowerCase();
        if (n.equals("plancode") || n.equals("code") || n.equals("parentcode")) {
            return variant % 2 == 0 ? "FZ-15" : "GL-15";
        }
        if (n.equals("planref") || n.endsWith("ref")) {
            return "FZ-15.B06." + (variant + 1);
        }
        if (n.equals("indicatorcode") || n.equals("linkedindicatorcode")) {
            return "FZ-15.I0" + (variant % 9 + 1);
        }
        if (n.equals("period")) {
            return variant % 2 == 0 ? "2026" : "2026Q2";
        }
        if (n.contains("department") || n.equals("mergedinto") || n.equals("leaddepartment")) {
            return "fz-fgw";
        }
        if (n.endsWith("id")) {
            return "0b6a3c1e-9a55-4c1e-8f7e-3c1a1d2e4f" + String.format("%02d", variant);
        }
        return "示例 " + name + " " + variant;
    }

    static ObjectMapper json() {
        return EventSchemas.platformJson();
    }
}
