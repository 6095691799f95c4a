// Referral growth curve, customers and won revenue (docs/analytics.md#7), one pass over the won deals
// per customer, bucketed by the $unit ('month' or 'quarter') the deal closed in, up to the as-of date.
// - A customer counts from its first won deal (when it first bought).
// - Referred: the customer itself has an incoming REFERRED dated on or before the as-of date.
// - Through referrals (transitive): referred, or its first won deal was SOURCED / CO_SOLD by a referred
//   partner (a referral brought in the partner that brought in the customer).
// - Revenue referred: won deals at a referred customer or SOURCED / CO_SOLD by a referred partner;
//   through referrals: those plus every later deal of a customer that came through referrals.
WITH $asOf AS asOf
MATCH (c:Customer)
CALL (c, asOf) {
  MATCH (d:Deal {outcome: 'won'})-[:FOR]->(c)
  WHERE d.closedOn <= asOf
  WITH d, EXISTS { (rp:Partner)-[:SOURCED|CO_SOLD]->(d)
                   WHERE EXISTS { ()-[r:REFERRED]->(rp) WHERE r.referredOn IS NULL OR r.referredOn <= asOf } } AS byReferredPartner
  ORDER BY d.closedOn, d.id
  RETURN collect({closedOn: d.closedOn, amount: d.amount, byReferredPartner: byReferredPartner}) AS won
}
WITH c, asOf, won
WHERE size(won) > 0
WITH c, won,
  EXISTS { ()-[r:REFERRED]->(c) WHERE r.referredOn IS NULL OR r.referredOn <= asOf } AS referred
WITH won, referred, referred OR won[0].byReferredPartner AS through
UNWIND range(0, size(won) - 1) AS i
WITH i, won[i] AS d, referred, through
WITH date.truncate($unit, d.closedOn) AS period, i = 0 AS first, d, referred, through
RETURN period,
  count(CASE WHEN first THEN 1 END) AS customers,
  count(CASE WHEN first AND referred THEN 1 END) AS customersReferred,
  count(CASE WHEN first AND through THEN 1 END) AS customersThrough,
  count(d) AS wonDeals,
  sum(d.amount) AS revenue,
  sum(CASE WHEN referred OR d.byReferredPartner THEN d.amount ELSE 0.0 END) AS revenueReferred,
  sum(CASE WHEN through OR d.byReferredPartner THEN d.amount ELSE 0.0 END) AS revenueThrough
ORDER BY period
