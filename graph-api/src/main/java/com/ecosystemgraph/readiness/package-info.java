/**
 * Ready means warm: what runs between "the web server listens" and "the service takes traffic"
 * (the demo load, the rollups, one answer from every analysis), the readiness and liveness health
 * groups a load balancer or Kubernetes reads, the refusal of API requests while warming up, and the
 * log line that says the service is ready (docs/operations.md, "Health, readiness and warm-up").
 */
package com.ecosystemgraph.readiness;
