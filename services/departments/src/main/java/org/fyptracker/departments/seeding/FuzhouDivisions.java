package org.fyptracker.departments.seeding;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The county-level divisions of Fuzhou (6 districts, 1 county-level city, 5 counties) and the codes
 * their governments carry here: the initials of the place, then {@code -gov}. A plan names a place
 * (鼓楼区, 福清市); the department that answers for it is that place's people's government.
 */
final class FuzhouDivisions {

    private static final Map<String, String> CODES = new LinkedHashMap<>();

    static {
        CODES.put("鼓楼区", "gl-gov");
        CODES.put("台江区", "tj-gov");
        CODES.put("仓山区", "cs-gov");
        CODES.put("晋安区", "ja-gov");
        CODES.put("马尾区", "mw-gov");
        CODES.put("长乐区", "cl-gov");
        CODES.put("福清市", "fq-gov");
        CODES.put("闽侯县", "mh-gov");
        CODES.put("连江县", "lj-gov");
        CODES.put("罗源县", "ly-gov");
        CODES.put("闽清县", "mq-gov");
        CODES.put("永泰县", "yt-gov");
    }

    private FuzhouDivisions() {
    }

    /** The division a label names: "福州新区（长乐区）" names 长乐区, the district the new area is run with. */
    static Optional<String> divisionIn(String label) {
        if (label == null) {
            return Optional.empty();
        }
        return CODES.keySet().stream().filter(label::contains).findFirst();
    }

    static String codeOf(String division) {
        return CODES.get(division);
    }
}
