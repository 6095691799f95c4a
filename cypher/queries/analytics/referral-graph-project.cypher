// Projects the referral graph (partners, prospects and customers; REFERRED) into the GDS catalog under
// a name unique to the request, in three orientations: as referred (NATURAL), back towards the
// referrers (REVERSE: influence flows to whoever brought the node in) and UNDIRECTED (communities,
// bridges). The caller drops it (referral-graph-drop) in a finally block.
CALL gds.graph.project($graphName, ['Partner', 'Customer'], {
  REFERRED: {type: 'REFERRED', orientation: 'NATURAL'},
  REFERRED_REVERSE: {type: 'REFERRED', orientation: 'REVERSE'},
  REFERRED_UNDIRECTED: {type: 'REFERRED', orientation: 'UNDIRECTED'}
})
YIELD nodeCount, relationshipCount
// each referral is projected four times: once NATURAL, once REVERSE, twice UNDIRECTED
RETURN nodeCount, relationshipCount / 4 AS relationshipCount
