// Partner activity over the period [$from, as-of]: active partners, deal registration rate (partner
// rows registered before the late stage or at all), and days from signing to the first deal (any role)
// for partners signed inside the deal history.
WITH $asOf AS asOf
OPTIONAL MATCH (any:Deal)
WITH asOf, min(any.createdOn) AS historyStart
MATCH (p:Partner)
WHERE p.status IN ['active', 'churned'] AND p.signedOn <= asOf
  AND ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions)
  AND ($tiers IS NULL OR p.tier IN $tiers)
CALL (p, asOf) {
  OPTIONAL MATCH (p)-[r:SOURCED|INFLUENCED|CO_SOLD]->(d:Deal)
  WHERE d.createdOn <= asOf
  RETURN min(d.createdOn) AS firstDeal,
    count(CASE WHEN $from IS NULL OR d.createdOn >= $from THEN r END) AS dealRows,
    count(CASE WHEN ($from IS NULL OR d.createdOn >= $from) AND r.registrationStage IS NOT NULL
               AND r.registrationStage <> 'unregistered' THEN r END) AS registeredRows
}
RETURN count(CASE WHEN p.status = 'active' THEN 1 END) AS activePartners,
  sum(dealRows) AS partnerDealRows,
  sum(registeredRows) AS registeredRows,
  [x IN collect(CASE WHEN historyStart IS NOT NULL AND p.signedOn >= historyStart AND firstDeal IS NOT NULL
                     THEN duration.inDays(p.signedOn, firstDeal).days END) WHERE x IS NOT NULL] AS daysToFirstDeal,
  count(CASE WHEN historyStart IS NOT NULL AND p.signedOn >= historyStart AND firstDeal IS NULL THEN 1 END) AS signedWithoutDeal
