/**
 * Every Cypher statement of the project lives in a {@code .cypher} file under {@code cypher/}
 * (queries, migrations, fixtures). This package loads them by name and applies the schema
 * migrations; it has no Spring so the offline tools share it.
 */
package com.ecosystemgraph.cypher;
