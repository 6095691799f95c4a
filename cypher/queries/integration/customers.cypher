// For each parent integration: one page of the customers using it (by customer id), and the total.
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
  COUNT { (:Customer)-[:USES]->(i) } AS total
