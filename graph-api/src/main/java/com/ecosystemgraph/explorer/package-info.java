/** The graph explorer's queries: full-text search and capped neighbourhoods; node deletion. */
package com.ecosystemgraph.explorer;
