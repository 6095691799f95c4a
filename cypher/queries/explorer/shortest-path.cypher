// The shortest path between two nodes (element ids from explorer/resolve) over the ecosystem's
// relationships, ignoring direction ("how are these two connected"). Intermediate nodes must be of
// the wanted labels ($labels, all when null) and have at most $maxDegree relationships: a hub (a
// hyperscaler serving thousands of customers) connects almost everything in two hops and says
// little about how two entities relate. The quantifier bound is a literal (Cypher allows no
// parameter there); the caller compares the length with the requested maxHops.
MATCH (a) WHERE elementId(a) = $fromId
MATCH (b) WHERE elementId(b) = $toId
MATCH p = SHORTEST 1 (a) (()-[:SOURCED|INFLUENCED|CO_SOLD|FOR|USES|BUILT_BY|SERVES|REFERRED|IN]-(n)
    WHERE elementId(n) = $toId
      OR ((n:Partner OR n:Customer OR n:Integration OR n:Deal OR n:Investment)
          AND ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels))
          AND COUNT { (n)--() } <= $maxDegree)){1,10} (b)
RETURN length(p) AS hops,
  [x IN nodes(p) | {elementId: elementId(x), node: x, degree: COUNT { (x)--() }}] AS nodes,
  [r IN relationships(p) | {type: type(r), start: elementId(startNode(r)), end: elementId(endNode(r)), properties: properties(r)}] AS relationships
