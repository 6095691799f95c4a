// Training labels only (never serving): whether each signed partner old enough to have an outcome
// reached the revenue bar, plus the two rankings partner teams use today, for the baselines.
//
// $asOf: the date to measure from, resolved by the caller (the one given, else the snapshot date)
// $minTenureMonths: partners signed less than this many months before $asOf are not labelled
// $windowMonths: trailing window of won revenue
// $statuses: partner statuses that are labelled (e.g. ['active'])
// $roles: relationship types whose won deals count (e.g. ['SOURCED', 'CO_SOLD'])
// $threshold: won revenue in the window at or above which the label is positive
// nothing imported yet (no Ecosystem node): no labels
MATCH (:Ecosystem {key: 'default'})
WITH $asOf AS asOf
MATCH (p:Partner)
WHERE p.status IN $statuses AND p.signedOn IS NOT NULL
  AND p.signedOn <= asOf - duration({months: $minTenureMonths})
CALL (p, asOf) {
  OPTIONAL MATCH (p)-[r]->(d:Deal)
  WHERE type(r) IN $roles AND d.outcome = 'won' AND d.closedOn IS NOT NULL
    AND d.closedOn > asOf - duration({months: $windowMonths}) AND d.closedOn <= asOf
  RETURN toFloat(coalesce(sum(d.amount), 0.0)) AS revenue
}
RETURN p.id AS id,
       p.tier AS tier,
       coalesce(p.portalLogins90d, 0) + coalesce(p.trainingsCompleted, 0) + coalesce(p.contentDownloads90d, 0) AS engagement,
       revenue,
       revenue >= $threshold AS positive,
       asOf
ORDER BY id
