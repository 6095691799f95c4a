// Per partner (ids given): its deals (any role) created in [$from, as-of], won and lost as of the
// as-of date, and the sum of its won amounts; the pairs analysis subtracts the joint deals to get "alone".
WITH $asOf AS asOf
UNWIND $ids AS id
MATCH (p:Partner {id: id})
CALL (p, asOf) {
  OPTIONAL MATCH (p)-[r:SOURCED|INFLUENCED|CO_SOLD]->(d:Deal)
  WHERE d.createdOn <= asOf AND ($from IS NULL OR d.createdOn >= $from)
  WITH d, d.closedOn IS NOT NULL AND d.closedOn <= asOf AS closed
  RETURN count(d) AS deals,
    count(CASE WHEN closed AND d.outcome = 'won' THEN 1 END) AS won,
    count(CASE WHEN closed AND d.outcome = 'lost' THEN 1 END) AS lost,
    coalesce(sum(CASE WHEN closed AND d.outcome = 'won' THEN d.amount END), 0.0) AS wonAmount
}
RETURN id, deals, won, lost, wonAmount
