// For each parent partner: one page of its deals (by deal id) with its role, and the total when $withTotal.
UNWIND $parentIds AS parentId
MATCH (p:Partner {id: parentId})
RETURN parentId,
  COLLECT {
    MATCH (p)-[r:SOURCED|INFLUENCED|CO_SOLD]->(d:Deal)
    WHERE ($roles IS NULL OR type(r) IN $roles)
      AND ($outcomes IS NULL OR d.outcome IN $outcomes)
      AND ($afterId IS NULL OR d.id > $afterId)
    WITH d, r
    ORDER BY d.id
    LIMIT $limit
    RETURN {deal: d, type: type(r), relationship: r}
  } AS rows,
  CASE WHEN $withTotal THEN COUNT {
    MATCH (p)-[r:SOURCED|INFLUENCED|CO_SOLD]->(d:Deal)
    WHERE ($roles IS NULL OR type(r) IN $roles)
      AND ($outcomes IS NULL OR d.outcome IN $outcomes)
  } END AS total
