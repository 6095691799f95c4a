// A partner has one role on a deal. row.type is one of SOURCED, INFLUENCED, CO_SOLD, chosen by the
// importer from its DealRole enum (never user text); another role the partner had on the deal is
// replaced. The partner's analytics rollup is marked stale in this transaction, even when it already
// is: the write waits for a running refresh's lock, which is what keeps the rollup exact. A row that
// changes nothing (same role, same properties) is not written.
UNWIND $rows AS row
MATCH (p:Partner {id: row.partnerId})
MATCH (d:Deal {id: row.dealId})
OPTIONAL MATCH (p)-[old:SOURCED|INFLUENCED|CO_SOLD]->(d)
WITH row, p, d, collect(old) AS roles
WITH row, p, d, roles, head(roles) AS existing
WITH row, p, d, size(roles) = 0 AS created,
     size(roles) > 1 OR (size(roles) = 1 AND (type(existing) <> row.type OR any(k IN keys(row.props) WHERE NOT coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL)))) AS updated
CALL (row, p, d, created, updated) {
  WITH row, p, d, created, updated WHERE created OR updated
  CALL (p, d, row) {
    MATCH (p)-[old:SOURCED|INFLUENCED|CO_SOLD]->(d)
    WHERE type(old) <> row.type
    DELETE old
  }
  MERGE (p)-[r:$(row.type)]->(d)
  SET r += row.props
  MERGE (rollup:PartnerRollup {partnerId: p.id})
  SET rollup.stale = true
}
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated, count(*) AS rows
