// Stores partner rollups: the months with activity (ascending) and, per measure, the cumulative sum
// through each of those months; a partner without activity keeps none (months removed).
UNWIND $rollups AS x
MATCH (r:PartnerRollup {partnerId: x.partnerId})
SET r.months = x.months, r.driven = x.driven, r.influenced = x.influenced, r.rows = x.rows,
  r.registered = x.registered, r.earnings = x.earnings, r.hours = x.hours, r.mdf = x.mdf,
  r.enablement = x.enablement, r.coMarketing = x.coMarketing, r.support = x.support, r.firstDealOn = x.firstDeal
