// Test support: every relationship between two of the given nodes ($ids: kind-qualified ids like
// 'Partner:P0001') where one end is the seed or a direct neighbour of it, as neighbourhood edge ids.
WITH $ids AS ids
MATCH (seed {id: $seedId})
WHERE seed:Partner
MATCH (a)-[r]-(b)
WHERE (a = seed OR EXISTS { (a)--(seed) })
  AND head([l IN labels(a) WHERE l IN ['Partner', 'Customer', 'Integration', 'Deal', 'Investment']]) + ':' + a.id IN ids
  AND head([l IN labels(b) WHERE l IN ['Partner', 'Customer', 'Integration', 'Deal', 'Investment']]) + ':' + b.id IN ids
WITH r, startNode(r) AS s, endNode(r) AS e
RETURN DISTINCT type(r) + ':' + head([l IN labels(s) WHERE l IN ['Partner', 'Customer', 'Integration', 'Deal', 'Investment']]) + ':' + s.id
  + '->' + head([l IN labels(e) WHERE l IN ['Partner', 'Customer', 'Integration', 'Deal', 'Investment']]) + ':' + e.id AS edgeId
