// Ids the warm-up documents ask about (graph-api/src/main/resources/warm-up): the partner that
// referred the most, and the prospect serving the most of our customers; null when there is none.
OPTIONAL CALL () {
  MATCH (p:Partner)-[r:REFERRED]->()
  WHERE p.status <> 'prospect'
  WITH p, count(r) AS referrals
  ORDER BY referrals DESC, p.id
  LIMIT 1
  RETURN p.id AS partnerId
}
OPTIONAL CALL () {
  MATCH (q:Partner {status: 'prospect'})
  WITH q, COUNT { (q)-[:SERVES]->(:Customer) } AS served
  ORDER BY served DESC, q.id
  LIMIT 1
  RETURN q.id AS prospectId
}
RETURN partnerId, prospectId
