CREATE INDEX partner_name_key IF NOT EXISTS FOR (n:Partner) ON (n.nameKey)
