// Partners' and customers' nameKey (the lower-cased name a page sorted by name reads in index order,
// migration V0040) where it does not match the name: names written around the service to an external
// NEO4J_URI (the embedded database keeps it itself, embedded.OutsideWrites). Run by `rebuild-rollups`.
MATCH (n)
WHERE (n:Partner OR n:Customer) AND n.name IS NOT NULL AND (n.nameKey IS NULL OR n.nameKey <> toLower(n.name))
SET n.nameKey = toLower(n.name)
