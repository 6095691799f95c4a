package com.ecosystemgraph.security;

/**
 * A sign-in attempt refused by the throttle (429) before its credentials were checked: the audit
 * trail counts it with the failed attempts it follows.
 *
 * @param claimed the user name or {@code key:<id>} the attempt claimed
 * @param address the client's address
 */
public record SignInThrottled(String claimed, String address) {
}
