// Partners' and customers' nameKey: the name in lower case, stored so that a page sorted by name
// reads the name index in order instead of lowering and sorting every name (issue 18, ADR 0012).
// The import and every mutation write it with the name (import/upsert-partners, upsert-customers).
MATCH (n)
WHERE (n:Partner OR n:Customer) AND n.name IS NOT NULL AND (n.nameKey IS NULL OR n.nameKey <> toLower(n.name))
CALL (n) {
  SET n.nameKey = toLower(n.name)
} IN TRANSACTIONS OF 5000 ROWS
