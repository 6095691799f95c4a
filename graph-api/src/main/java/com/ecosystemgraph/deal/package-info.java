/** Deals (opportunities) with the partners on them: read model, queries, aggregates, upsert. */
package com.ecosystemgraph.deal;
