// Partner.customers(first, after): one page of the customers the partner serves, by customer id.
// A hub (linked to a large share of all customers: at scale 10 the biggest partner serves 11,194 of 20,000)
// reads the customers in the id index's order and keeps the ones it is linked to, stopping at the page's end,
// instead of reading and sorting all of them (6.9 -> 1.9 ms for that partner's first page of 100,
// docs/benchmarks.md). Worst case, its customers all have the highest ids: one pass over the index. Only the
// branch the CASE takes runs (Neo4j evaluates each COLLECT lazily there). The hub branch collects the nodes
// ({{node}}h) and projects them after. Neo4j 2026.01's internal planner check insertCachedProperties, run only
// with -ea, rejects these plans wrongly; the integration tests switch Neo4j's assertions off (pom.xml).
CASE
  WHEN COUNT { ({{parent}})-[:SERVES]->() } ^ 2 > 4.0 * $limit * COUNT { (:Customer) } THEN [{{node}} IN COLLECT {
    MATCH ({{node}}h:Customer)
    WHERE {{node}}h.id > coalesce($afterId, '') AND ({{parent}})-[:SERVES]->({{node}}h)
    WITH {{node}}h
    ORDER BY {{node}}h.id
    LIMIT $limit
    RETURN {{node}}h
  } | {{node}} { {{fields}} }]
  ELSE COLLECT {
    MATCH ({{parent}})-[:SERVES]->({{node}}:Customer)
    WHERE $afterId IS NULL OR {{node}}.id > $afterId
    WITH {{node}}
    ORDER BY {{node}}.id
    LIMIT $limit
    RETURN {{node}} { {{fields}} }
  }
END
