// Test support: the first active partner and the first customer by id.
MATCH (p:Partner {status: 'active'})
WITH p ORDER BY p.id LIMIT 1
MATCH (c:Customer)
WITH p, c ORDER BY c.id LIMIT 1
RETURN p.id AS partner, c.id AS customer
