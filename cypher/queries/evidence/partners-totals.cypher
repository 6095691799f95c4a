// Totals over every partner row behind a figure of the measures ACTIVE_PARTNER and SIGNED_PARTNER (evidence.graphqls):
// rows (the figure), values (1 each), and the columns deal rows have, empty. Same rows as evidence/partners-page.
// ACTIVE_PARTNER: analytics/kpi-partners' activePartners (status active, signed by the as-of date); SIGNED_PARTNER:
// analytics/driver-profiles' partners (active or churned, signed by the as-of date or undated), narrowed to a driver group's
// partners through $creditedPartners.
WITH $asOf AS asOf
OPTIONAL MATCH (p:Partner)
WHERE CASE $measure
    WHEN 'ACTIVE_PARTNER' THEN p.status = 'active' AND p.signedOn <= asOf
    ELSE p.status IN ['active', 'churned'] AND (p.signedOn IS NULL OR p.signedOn <= asOf)
  END
  AND ($creditedPartners IS NULL OR p.id IN $creditedPartners)
  AND ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions) AND ($tiers IS NULL OR p.tier IN $tiers)
RETURN asOf, count(p) AS count, 0.0 AS amount, toFloat(count(p)) AS value, 0.0 AS hours, 0 AS won, 0 AS lost, null AS values
