/** Wiring: configuration properties, the Neo4j driver (embedded or external), startup work. */
package com.ecosystemgraph.config;
