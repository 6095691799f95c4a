// Test support: a prospect's customer overlap computed the plain way, against every active partner:
// the share of active partners serving fewer of our customers than the prospect.
MATCH (q:Partner {id: $id})
WITH COUNT { (q)-[:SERVES]->(:Customer) } AS served
MATCH (a:Partner {status: 'active'})
WITH served, count(a) AS active, count(CASE WHEN COUNT { (a)-[:SERVES]->(:Customer) } < served THEN 1 END) AS fewer
RETURN toFloat(fewer) / active AS overlap
