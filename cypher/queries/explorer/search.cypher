// Full-text search over partner, prospect and customer names. $query is a Lucene query built by
// the API from escaped terms, never raw user text.
CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: $limit})
YIELD node, score
RETURN node, score
ORDER BY score DESC, node.id
