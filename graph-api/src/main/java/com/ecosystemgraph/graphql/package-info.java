/** GraphQL plumbing shared by the features: scalars, cursors and connections, error types. */
package com.ecosystemgraph.graphql;
