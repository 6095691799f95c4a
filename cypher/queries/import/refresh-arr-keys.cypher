// Customers' arrKey (the ARR a page sorted by ARR reads in index order, migration V0045) where it does
// not match the ARR: values written around the service to an external NEO4J_URI (the embedded
// database keeps it itself, embedded.OutsideWrites). Run by `rebuild-rollups`.
MATCH (n:Customer)
WHERE n.arrKey IS NULL OR n.arrKey <> coalesce(toFloat(n.arr), -1.0)
SET n.arrKey = coalesce(toFloat(n.arr), -1.0)
