package org.fyptracker.platform.http;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.codePoints().allMatch(PlainTextValidator::allowed);
    }

    static boolean allowed(int c) {
        if (c == '\n' || c == '\t' || c == '\r') {
            return true;
        }
        boolean control = Character.getType(c) == Character.CONTROL;
        boolean bidiControl = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
        boolean unpairedSurrogate = Character.getType(c) == Character.SURROGATE;
        return !control && !bidiControl && !unpairedSurrogate && c != 0xFFFD;
    }
}
