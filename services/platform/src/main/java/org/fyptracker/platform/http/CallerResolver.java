package org.fyptracker.platform.http;

/**
 * Finds who is calling in the current request. Until tokens are verified (the security issue), every
 * caller is anonymous; writes are then attributed to no department.
 */
public interface CallerResolver {

    Caller current();
}
