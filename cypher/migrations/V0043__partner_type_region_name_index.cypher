// Partners filtered by type and region and sorted by name (the Partners view, bench shape (c)) seek
// exactly their rows here instead of every partner of the type (issue 18).
CREATE INDEX partner_type_region_name IF NOT EXISTS FOR (n:Partner) ON (n.type, n.region, n.nameKey)
