CREATE INDEX partner_region IF NOT EXISTS FOR (n:Partner) ON (n.region)
