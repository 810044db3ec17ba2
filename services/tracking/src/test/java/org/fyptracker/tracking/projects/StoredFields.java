package org.fyptracker.tracking.projects;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.annotation.Transient;

/** The fields of a view that are stored, found by reflection, so a test covers a field added later too. */
final class StoredFields {

    private StoredFields() {
    }

    static List<Field> of(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isAnnotationPresent(Transient.class))
                .toList();
    }

    /** Every stored field set to a value that differs from its default. */
    static <T> T filled(T target) throws IllegalAccessException {
        int n = 1;
        for (Field field : of(target.getClass())) {
            Class<?> type = field.getType();
            Object value;
            if (type == String.class) value = field.getName() + "-值";
            else if (type == int.class) value = 40 + n;
            else if (type == long.class) value = 7L + n;
            else if (type == LocalDate.class) value = LocalDate.of(2026, 1, n);
            else if (type == Instant.class) value = Instant.ofEpochSecond(1_780_000_000L + n);
            else if (type == BigDecimal.class) value = new BigDecimal("12.5").add(BigDecimal.valueOf(n));
            else if (type == List.class) value = new ArrayList<>(List.of());
            else throw new IllegalStateException("a stored field of a type this test does not fill: " + field);
            if (type == List.class && field.getName().equals("coDepartments")) value = new ArrayList<>(List.of("fz-transport"));
            field.set(target, value);
            n++;
        }
        return target;
    }
}
