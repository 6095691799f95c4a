// One hop of the explorer: for each frontier node, up to $perNode distinct neighbours of the wanted
// labels (by id) with every relationship to them, and how many such neighbours it has in all.
UNWIND $frontier AS frontierId
MATCH (n)
WHERE elementId(n) = frontierId
CALL (n) {
  MATCH (n)--(m)
  WHERE (m:Partner OR m:Customer OR m:Integration OR m:Deal OR m:Investment)
    AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))
  WITH DISTINCT m
  ORDER BY m.id
  LIMIT $perNode
  MATCH (n)-[r]-(m)
  RETURN collect({relationship: r, type: type(r), fromFrontier: startNode(r) = n, neighbour: m,
                  neighbourId: elementId(m), degree: COUNT { (m)--() }}) AS neighbours
}
RETURN frontierId,
  neighbours,
  size(COLLECT {
    MATCH (n)--(m)
    WHERE (m:Partner OR m:Customer OR m:Integration OR m:Deal OR m:Investment)
      AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))
    RETURN DISTINCT m
  }) AS available
