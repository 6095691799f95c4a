// One hop of the explorer: for each frontier node, up to $perNode distinct neighbours of the wanted
// labels (by id) with every relationship to them, and how many such neighbours it has in all. Only
// relationships of $types (all when null) followed in $direction ('OUT': the frontier node is their
// start, 'IN': their end, 'BOTH') count, for the neighbours, the relationships shown and the total.
UNWIND $frontier AS frontierId
MATCH (n)
WHERE elementId(n) = frontierId
CALL (n) {
  MATCH (n)-[r0]-(m)
  WHERE (m:Partner OR m:Customer OR m:Integration OR m:Deal OR m:Investment)
    AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))
    AND ($types IS NULL OR type(r0) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r0) = n) OR ($direction = 'IN' AND endNode(r0) = n))
  WITH DISTINCT m
  ORDER BY m.id
  LIMIT $perNode
  MATCH (n)-[r]-(m)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = n) OR ($direction = 'IN' AND endNode(r) = n))
  RETURN collect({relationship: r, type: type(r), fromFrontier: startNode(r) = n, neighbour: m,
                  neighbourId: elementId(m), degree: COUNT { (m)--() }}) AS neighbours
}
RETURN frontierId,
  neighbours,
  size(COLLECT {
    MATCH (n)-[r0]-(m)
    WHERE (m:Partner OR m:Customer OR m:Integration OR m:Deal OR m:Investment)
      AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))
      AND ($types IS NULL OR type(r0) IN $types)
      AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r0) = n) OR ($direction = 'IN' AND endNode(r0) = n))
    RETURN DISTINCT m
  }) AS available
