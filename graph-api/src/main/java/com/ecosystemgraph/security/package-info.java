/**
 * Who may do what: roles viewer &lt; recruiter &lt; admin, HTTP Basic or an API key for applications, a
 * CSRF-protected session login for the web client, deny by default. Every GraphQL mapping carries
 * one of {@link com.ecosystemgraph.security.ViewerAccess}, {@link com.ecosystemgraph.security.RecruiterAccess}
 * or {@link com.ecosystemgraph.security.AdminAccess}; a test fails the build on a mapping without.
 */
package com.ecosystemgraph.security;
