// For each parent customer: one page of its deals (by deal id), and the total when $withTotal.
UNWIND $parentIds AS parentId
MATCH (c:Customer {id: parentId})
RETURN parentId,
  COLLECT {
    MATCH (d:Deal)-[:FOR]->(c)
    WHERE ($outcomes IS NULL OR d.outcome IN $outcomes)
      AND ($afterId IS NULL OR d.id > $afterId)
    WITH d
    ORDER BY d.id
    LIMIT $limit
    RETURN d
  } AS rows,
  CASE WHEN $withTotal THEN COUNT {
    MATCH (d:Deal)-[:FOR]->(c)
    WHERE $outcomes IS NULL OR d.outcome IN $outcomes
  } END AS total
