// Adds each projected node's influence (PageRank on the reversed referral graph, as
// referral-pagerank), community (Louvain, single-threaded, as referral-louvain, so the ids agree),
// bridge score (betweenness, sampled with a fixed seed, as referral-betweenness) and number of
// referrals it takes part in (degree, so the drawing has exactly the projection's referral network
// whatever date it was projected as of) to the projection, for referral-graph-nodes to read.
CALL gds.pageRank.mutate($graphName, {relationshipTypes: ['REFERRED_REVERSE'], dampingFactor: 0.85, mutateProperty: 'influence'})
YIELD nodePropertiesWritten AS ranked
CALL gds.louvain.mutate($graphName, {relationshipTypes: ['REFERRED_UNDIRECTED'], concurrency: 1, mutateProperty: 'community'})
YIELD nodePropertiesWritten AS grouped
CALL gds.betweenness.mutate($graphName, {relationshipTypes: ['REFERRED_UNDIRECTED'], samplingSize: $samplingSize, samplingSeed: 42,
  mutateProperty: 'betweenness'})
YIELD nodePropertiesWritten AS bridged
CALL gds.degree.mutate($graphName, {relationshipTypes: ['REFERRED_UNDIRECTED'], mutateProperty: 'referrals'})
YIELD nodePropertiesWritten AS counted
RETURN ranked, grouped, bridged, counted
