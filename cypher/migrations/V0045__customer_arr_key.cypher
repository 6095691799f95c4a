// Customers' arrKey: the ARR as a float, -1.0 where it is missing (the sort value of a page by ARR,
// join/customer-page-sort.cypher), stored so that a page of one segment and one region by ARR reads
// the composite index (V0046) in order instead of sorting the segment (issue 18, ADR 0012). The import
// and every mutation write it with the ARR (import/upsert-customers).
MATCH (n:Customer)
WHERE n.arrKey IS NULL OR n.arrKey <> coalesce(toFloat(n.arr), -1.0)
CALL (n) {
  SET n.arrKey = coalesce(toFloat(n.arr), -1.0)
} IN TRANSACTIONS OF 5000 ROWS
