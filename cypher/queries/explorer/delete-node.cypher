// Deletes one node of a kind (label from the NodeKind allowlist) with its relationships. The
// analytics rollups it fed are marked stale (a deal's created month, the partners of a deal or an
// investment) or deleted (a partner's own). Returns what went of the domain graph: the node and its
// relationships (not the bookkeeping rollup, which has no relationships).
CALL () {
  MATCH (n:Partner {id: $id}) WHERE $label = 'Partner' RETURN n
  UNION
  MATCH (n:Customer {id: $id}) WHERE $label = 'Customer' RETURN n
  UNION
  MATCH (n:Integration {id: $id}) WHERE $label = 'Integration' RETURN n
  UNION
  MATCH (n:Deal {id: $id}) WHERE $label = 'Deal' RETURN n
  UNION
  MATCH (n:Investment {id: $id}) WHERE $label = 'Investment' RETURN n
}
CALL (n) {
  MATCH (n)-[:SOURCED|INFLUENCED|CO_SOLD|IN]-(p:Partner)
  WHERE n:Deal OR n:Investment
  WITH DISTINCT p
  MERGE (rollup:PartnerRollup {partnerId: p.id})
  SET rollup.stale = true
}
CALL (n) {
  WITH n
  WHERE n:Deal AND n.createdOn IS NOT NULL
  MERGE (m:DealMonth {month: date.truncate('month', n.createdOn)})
  SET m.stale = true
}
CALL (n) {
  MATCH (rollup:PartnerRollup {partnerId: n.id})
  WHERE n:Partner
  DELETE rollup
}
WITH n, COUNT { (n)--() } AS relationships
DETACH DELETE n
RETURN count(*) AS deletedNodes, sum(relationships) AS deletedRelationships
