// Integration pairs used together by customers: usages begun by the as-of date (USES.since, when
// known); with partner filters both integrations' builders must match. Per pair: joint users, how many
// of them churned, their NPS (sum and count of customers with a score) and average ARR.
WITH $asOf AS asOf
MATCH (c:Customer)
WHERE COUNT { (c)-[:USES]->(:Integration) } >= 2
CALL (c, asOf) {
  MATCH (c)-[u:USES]->(i:Integration)
  WHERE (u.since IS NULL OR u.since <= asOf)
    AND (NOT $partnerFiltered OR EXISTS {
      MATCH (i)-[:BUILT_BY]->(p:Partner)
      WHERE ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions)
        AND ($tiers IS NULL OR p.tier IN $tiers) })
  WITH i ORDER BY i.id
  RETURN collect(i) AS used
}
WITH c, used
WHERE size(used) >= 2
UNWIND range(0, size(used) - 2) AS x
UNWIND range(x + 1, size(used) - 1) AS y
WITH used[x] AS a, used[y] AS b, c
WITH a, b, count(c) AS support, count(CASE WHEN c.churned THEN 1 END) AS churned,
  coalesce(sum(c.nps), 0) AS npsSum, count(c.nps) AS npsCount, avg(c.arr) AS averageArr
WHERE support >= $minSupport
RETURN a.id AS a, b.id AS b, support, churned, npsSum, npsCount, averageArr
