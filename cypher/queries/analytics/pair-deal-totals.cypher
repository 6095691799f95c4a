// Per partner pair (given as [id, id] lists): deals created in [$from, as-of] on which both are (any
// role), won and lost as of the as-of date, and the sum of their won amounts; the triples analysis
// subtracts the triple's deals to get each pair "without the third member".
WITH $asOf AS asOf
UNWIND $pairs AS pair
MATCH (a:Partner {id: pair[0]}), (b:Partner {id: pair[1]})
CALL (a, b, asOf) {
  OPTIONAL MATCH (a)-[:SOURCED|INFLUENCED|CO_SOLD]->(d:Deal)<-[:SOURCED|INFLUENCED|CO_SOLD]-(b)
  WHERE d.createdOn <= asOf AND ($from IS NULL OR d.createdOn >= $from)
  WITH d, d.closedOn IS NOT NULL AND d.closedOn <= asOf AS closed
  RETURN count(d) AS deals,
    count(CASE WHEN closed AND d.outcome = 'won' THEN 1 END) AS won,
    count(CASE WHEN closed AND d.outcome = 'lost' THEN 1 END) AS lost,
    coalesce(sum(CASE WHEN closed AND d.outcome = 'won' THEN d.amount END), 0.0) AS wonAmount
}
RETURN pair[0] AS a, pair[1] AS b, deals, won, lost, wonAmount
