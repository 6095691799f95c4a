// A partner has one role on a deal. row.type is one of SOURCED, INFLUENCED, CO_SOLD, chosen by the
// importer from its DealRole enum (never user text); another role the partner had on the deal is
// replaced. The partner's analytics rollup is marked stale in this transaction, even when it already
// is: the write waits for a running refresh's lock, which is what keeps the rollup exact.
UNWIND $rows AS row
MATCH (p:Partner {id: row.partnerId})
MATCH (d:Deal {id: row.dealId})
CALL (p, d, row) {
  MATCH (p)-[old:SOURCED|INFLUENCED|CO_SOLD]->(d)
  WHERE type(old) <> row.type
  DELETE old
}
MERGE (p)-[r:$(row.type)]->(d)
SET r += row.props
WITH DISTINCT p
MERGE (rollup:PartnerRollup {partnerId: p.id})
SET rollup.stale = true
