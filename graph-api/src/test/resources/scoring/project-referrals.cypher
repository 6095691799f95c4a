// A referral projection named $graphName over whatever referrals exist (none is fine: an empty projection)
MATCH (s:Partner)
OPTIONAL MATCH (s)-[:REFERRED]->(t:Partner)
WITH gds.graph.project($graphName, s, t) AS projection
RETURN projection.graphName AS graphName
