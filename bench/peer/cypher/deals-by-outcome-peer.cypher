// Query (e)'s page in the shape @neo4j/graphql sends it (without the nested customer and partners).
MATCH (this:Deal)
WHERE this.outcome = $outcome AND this.amount >= $minAmount
WITH *
ORDER BY this.amount DESC, this.id ASC
LIMIT $limit
RETURN this { .id, .amount } AS this
