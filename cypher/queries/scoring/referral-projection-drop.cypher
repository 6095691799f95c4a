// Drops the feature query's referral projection $graphName (no error when it is already gone), and any
// earlier one of the feature query older than $olderThanSeconds: the GDS catalog is not transactional, so
// a feature query whose transaction was rolled back or cut off (a service stopped mid-extraction, a
// terminated transaction) leaves its projection in memory; no live one outlasts the batch timeout.
CALL gds.graph.list() YIELD graphName, creationTime
WITH graphName, creationTime
WHERE graphName = $graphName
   OR (graphName STARTS WITH 'ipp-referrals-' AND creationTime < datetime() - duration({seconds: $olderThanSeconds}))
CALL gds.graph.drop(graphName, false) YIELD graphName AS dropped
RETURN dropped
