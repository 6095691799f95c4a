// One hop of the explorer once its node budget is spent: for each frontier node, only the
// relationships to nodes already shown ($known element ids), and how many neighbours of the wanted
// labels it has in all (so the client can offer "show more"). Sending every neighbour of a thousand
// frontier nodes only for the service to drop them made a 2,000-node view take seconds. Only
// relationships of $types (all when null) in $direction count, as in explorer/expand.
UNWIND $frontier AS frontierId
MATCH (n)
WHERE elementId(n) = frontierId
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE elementId(m) IN $known
    AND (m:Partner OR m:Customer OR m:Integration OR m:Deal OR m:Investment)
    AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))
    AND ($types IS NULL OR type(r) IN $types)
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
