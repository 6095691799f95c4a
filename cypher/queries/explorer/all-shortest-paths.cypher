// Every shortest path between two nodes (element ids from explorer/resolve), ignoring direction, under
// the same rules as explorer/shortest-path: intermediate nodes of the wanted labels ($labels, all when
// null) with at most $maxDegree relationships, at most 10 hops (a literal: Cypher allows no parameter
// in a quantifier). Two entities are often linked by many equally short routes (several deals, several
// shared customers); the caller asks one more than it shows ($limit) to know whether some were left out.
MATCH (a) WHERE elementId(a) = $fromId
MATCH (b) WHERE elementId(b) = $toId
MATCH p = ALL SHORTEST (a) (()-[:SOURCED|INFLUENCED|CO_SOLD|FOR|USES|BUILT_BY|SERVES|REFERRED|IN]-(n)
    WHERE elementId(n) = $toId
      OR ((n:Partner OR n:Customer OR n:Integration OR n:Deal OR n:Investment)
          AND ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels))
          AND COUNT { (n)--() } <= $maxDegree)){1,10} (b)
WITH p
ORDER BY [x IN nodes(p) | x.id]
LIMIT $limit
RETURN length(p) AS hops,
  [x IN nodes(p) | {elementId: elementId(x), node: x, degree: COUNT { (x)--() }}] AS nodes,
  [r IN relationships(p) | {type: type(r), start: elementId(startNode(r)), end: elementId(endNode(r)), properties: properties(r)}] AS relationships
