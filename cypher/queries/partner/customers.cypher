// For each parent partner: one page of the customers it serves (by customer id), and the total when $withTotal.
UNWIND $parentIds AS parentId
MATCH (p:Partner {id: parentId})
RETURN parentId,
  COLLECT {
    MATCH (p)-[:SERVES]->(c:Customer)
    WHERE $afterId IS NULL OR c.id > $afterId
    WITH c
    ORDER BY c.id
    LIMIT $limit
    RETURN c
  } AS rows,
  CASE WHEN $withTotal THEN COUNT { (p)-[:SERVES]->(:Customer) } END AS total
