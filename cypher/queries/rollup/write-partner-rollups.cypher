// Stores partner rollups: per axis, the months with activity (ascending) and, per measure, the
// cumulative sum through each of those months; an axis without activity has none (removed).
UNWIND $rollups AS x
MATCH (r:PartnerRollup {partnerId: x.partnerId})
SET r.closedMonths = x.closedMonths, r.driven = x.driven, r.influenced = x.influenced,
  r.createdMonths = x.createdMonths, r.rows = x.rows, r.registered = x.registered, r.earnings = x.earnings, r.hours = x.hours,
  r.spentMonths = x.spentMonths, r.mdf = x.mdf, r.enablement = x.enablement, r.coMarketing = x.coMarketing, r.support = x.support,
  r.firstDealOn = x.firstDeal
REMOVE r.months
