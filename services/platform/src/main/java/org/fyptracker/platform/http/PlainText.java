package org.fyptracker.platform.http;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person wrote: any script (Chinese included), line breaks and tabs, but no control characters and
 * no bidirectional overrides, which can make a published title read differently from what was stored.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {

    String message() default "must not contain control or bidirectional-override characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
