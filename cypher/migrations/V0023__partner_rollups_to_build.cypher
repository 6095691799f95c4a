// Stores made before the analytics rollups: every partner with deals or investments gets its
// rollup built at the next analysis (or at the end of the next import).
MATCH (p:Partner)
WHERE EXISTS { (p)-[:SOURCED|INFLUENCED|CO_SOLD]->(:Deal) } OR EXISTS { (p)<-[:IN]-(:Investment) }
CALL (p) {
  MERGE (r:PartnerRollup {partnerId: p.id})
  SET r.stale = true
} IN TRANSACTIONS OF 5000 ROWS
