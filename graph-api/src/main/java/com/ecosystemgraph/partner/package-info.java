/** Partners and prospects (a prospect is a partner with status prospect): read model, queries. */
package com.ecosystemgraph.partner;
