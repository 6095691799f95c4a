// The prospect serving the most of our customers (the bench times prospectReach on it).
MATCH (q:Partner {status: 'prospect'})
WITH q, COUNT { (q)-[:SERVES]->(:Customer) } AS served
ORDER BY served DESC, q.id
LIMIT 1
RETURN q.id AS id
