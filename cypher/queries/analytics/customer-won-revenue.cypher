// Won revenue of the customers of the ids given: the amounts of their won deals closed in
// [$from, as-of] (referral credit: what descends from a referred customer, as referral-reach counts it).
WITH $asOf AS asOf
UNWIND $ids AS id
MATCH (c:Customer {id: id})
CALL (c, asOf) {
  OPTIONAL MATCH (d:Deal)-[:FOR]->(c)
  WHERE d.outcome = 'won' AND d.closedOn <= asOf AND ($from IS NULL OR d.closedOn >= $from)
  RETURN coalesce(sum(d.amount), 0.0) AS revenue
}
RETURN c.id AS id, revenue
