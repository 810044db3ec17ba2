package org.fyptracker.contracts.http;

/**
 * Spring Security's firewall rules for the characters of header names and values and of parameter names (every
 * code point assigned, no control character; a header value may hold a tab), checked without a regular
 * expression. The firewall runs its pattern at every read of a header, so a service matched the pattern over
 * each request's access token several times: 3.5% of the projects service's CPU under ingest
 * (docs/benchmarks.md, finding 31). The rules are the same; the gateway and the services install them.
 */
public final class HeaderCharacters {

    private HeaderCharacters() {
    }

    /** A header name, or a parameter name: assigned code points, none of them a control character. */
    public static boolean allowedName(String name) {
        return allowed(name, false);
    }

    /** A header value: assigned code points, none of them a control character but the tab. */
    public static boolean allowedValue(String value) {
        return allowed(value, true);
    }

    private static boolean allowed(String text, boolean tab) {
        if (text == null) {
            return true; // a header without a value: no character to refuse (the firewall asks about such too)
        }
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) { // printable ASCII, almost every character of a header
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            boolean control = Character.isISOControl(codePoint) && !(tab && codePoint == '\t');
            if (!Character.isDefined(codePoint) || control) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
