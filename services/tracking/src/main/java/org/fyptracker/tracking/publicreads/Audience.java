package org.fyptracker.tracking.publicreads;

import org.fyptracker.platform.http.Caller;
import org.fyptracker.platform.http.CallerResolver;
import org.fyptracker.platform.security.CallerAuthority;
import org.fyptracker.platform.security.FypSecurityProperties;
import org.springframework.stereotype.Component;

/**
 * Who is reading: the public (a request without a token, on one of the paths in
 * {@code fyp.security.public-reads}) gets the published subset of an answer; a department's system, a
 * supervisor or an admin gets all of it. Tests that switch token checks off read everything.
 */
@Component
public class Audience {

    private final CallerResolver callers;
    private final FypSecurityProperties security;

    public Audience(CallerResolver callers, FypSecurityProperties security) {
        this.callers = callers;
        this.security = security;
    }

    public boolean isPublic() {
        if (!security.enabled()) {
            return false;
        }
        Caller caller = callers.current();
        return !caller.has(CallerAuthority.REPORT) && !caller.has(CallerAuthority.SUPERVISE) && !caller.has(CallerAuthority.ADMIN);
    }
}
