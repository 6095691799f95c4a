/**
 * Ecosystem CSV v1 import: the format as data ({@link com.ecosystemgraph.importing.EcosystemFile},
 * {@link com.ecosystemgraph.importing.Column}), validation of every row of every file before
 * anything is written, then idempotent batched writes. The same column rules validate GraphQL
 * mutation input, so there is one set of rules.
 */
package com.ecosystemgraph.importing;
