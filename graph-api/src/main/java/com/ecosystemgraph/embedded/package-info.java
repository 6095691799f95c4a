/**
 * The in-process Neo4j that the service runs on when no external database is configured: store on
 * disk, Bolt on localhost, Graph Data Science procedures registered. Spring-free except for the
 * classpath scan that finds the GDS procedures (it must also work inside the fat jar).
 */
package com.ecosystemgraph.embedded;
