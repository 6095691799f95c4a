/**
 * What happens past capacity: a bounded number of GraphQL executions with a short bounded queue,
 * analytics in a pool of their own so they cannot starve light queries, an immediate
 * {@code 503 OVERLOADED} past the queue, and a request rate per client (user or API key) answered
 * {@code 429 RATE_LIMITED} past it, both with {@code Retry-After} (docs/operations.md, "When things go
 * wrong"; settings in the README).
 */
package com.ecosystemgraph.overload;
