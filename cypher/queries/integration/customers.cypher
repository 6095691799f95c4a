// For each parent integration: one page of the customers using it (by customer id), and the total when $withTotal.
UNWIND $parentIds AS parentId
MATCH (i:Integration {id: parentId})
RETURN parentId,
  COLLECT {
    MATCH (c:Customer)-[:USES]->(i)
    WHERE $afterId IS NULL OR c.id > $afterId
    WITH c
    ORDER BY c.id
    LIMIT $limit
    RETURN c
  } AS rows,
  CASE WHEN $withTotal THEN COUNT { (:Customer)-[:USES]->(i) } END AS total
