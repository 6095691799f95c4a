// Stores partner rollups. Per axis (closed, created, decided, spent): the days with activity, ascending, as
// days since 1970-01-01 ({closed,created,decided,spent}Days), the first and last of them
// ({axis}FirstDay, {axis}LastDay) and, per measure, the cumulative sum through each of those days
// (a list named after the measure) and the sum over all of them ({measure}Total). An axis without
// activity has none of these (removed). Also the partner's first deal's created date.
UNWIND $rollups AS x
MATCH (r:PartnerRollup {partnerId: x.partnerId})
SET r.closedDays = x.closedDays, r.closedFirstDay = x.closedFirstDay, r.closedLastDay = x.closedLastDay,
  r.driven = x.driven, r.drivenTotal = x.drivenTotal, r.influenced = x.influenced, r.influencedTotal = x.influencedTotal,
  r.createdDays = x.createdDays, r.createdFirstDay = x.createdFirstDay, r.createdLastDay = x.createdLastDay,
  r.rows = x.rows, r.rowsTotal = x.rowsTotal, r.registered = x.registered, r.registeredTotal = x.registeredTotal,
  r.earnings = x.earnings, r.earningsTotal = x.earningsTotal, r.hours = x.hours, r.hoursTotal = x.hoursTotal,
  r.coSold = x.coSold, r.coSoldTotal = x.coSoldTotal,
  r.decidedDays = x.decidedDays, r.decidedFirstDay = x.decidedFirstDay, r.decidedLastDay = x.decidedLastDay,
  r.drivenWon = x.drivenWon, r.drivenWonTotal = x.drivenWonTotal, r.drivenLost = x.drivenLost, r.drivenLostTotal = x.drivenLostTotal,
  r.spentDays = x.spentDays, r.spentFirstDay = x.spentFirstDay, r.spentLastDay = x.spentLastDay,
  r.mdf = x.mdf, r.mdfTotal = x.mdfTotal, r.enablement = x.enablement, r.enablementTotal = x.enablementTotal,
  r.coMarketing = x.coMarketing, r.coMarketingTotal = x.coMarketingTotal, r.support = x.support, r.supportTotal = x.supportTotal,
  r.firstDealOn = x.firstDeal
// the layouts before: one month list for all axes, then one per axis
REMOVE r.months, r.closedMonths, r.createdMonths, r.spentMonths
