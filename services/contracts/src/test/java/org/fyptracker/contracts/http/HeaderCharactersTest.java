package org.fyptracker.contracts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The checks decide as Spring Security's patterns do, for every kind of character a header can carry. */
class HeaderCharactersTest {

    // Spring Security 6.5's StrictHttpFirewall patterns, which these checks stand in for
    static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    static final List<String> SAMPLES = List.of("", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln",
            "application/json; charset=UTF-8", "福州市鼓楼区", "a\tb", "a\nb", "a\rb", "\u0000", "x\u007f", "\u0085",
            "\u00a0 nbsp", "😀 emoji", "\ud83d lone high surrogate", "lone low \ude00", "\u0378 unassigned",
            "\uffff", "\u2028", "\ufeffbom", "Idempotency-Key", "k-\u200b");

    @Test
    void each_sample_is_decided_as_the_firewall_patterns_decide_it() {
        for (String sample : SAMPLES) {
            assertThat(HeaderCharacters.allowedName(sample)).as("name %s", sample).isEqualTo(NAME.matcher(sample).matches());
            assertThat(HeaderCharacters.allowedValue(sample)).as("value %s", sample).isEqualTo(VALUE.matcher(sample).matches());
        }
    }

    @Test
    void control_characters_are_refused_and_a_tab_only_in_values() {
        assertThat(HeaderCharacters.allowedValue("Bearer abc\r\nX-Injected: 1")).isFalse();
        assertThat(HeaderCharacters.allowedValue("a\tb")).isTrue();
        assertThat(HeaderCharacters.allowedName("a\tb")).isFalse();
        assertThat(HeaderCharacters.allowedValue("福州 2026")).isTrue();
        assertThat(HeaderCharacters.allowedValue(null)).as("a header without a value").isTrue();
    }

    @Test
    void random_text_over_all_of_unicode_is_decided_as_the_patterns_decide_it() {
        Random random = new Random(15);
        List<String> mismatches = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                int codePoint = switch (random.nextInt(3)) {
                    case 0 -> random.nextInt(0x100);
                    case 1 -> random.nextInt(0x10000);
                    default -> random.nextInt(Character.MAX_CODE_POINT + 1);
                };
                text.appendCodePoint(codePoint);
            }
            String sample = text.toString();
            if (HeaderCharacters.allowedName(sample) != NAME.matcher(sample).matches()
                    || HeaderCharacters.allowedValue(sample) != VALUE.matcher(sample).matches()) {
                mismatches.add(sample);
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
