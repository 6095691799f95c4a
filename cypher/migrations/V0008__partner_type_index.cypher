CREATE INDEX partner_type IF NOT EXISTS FOR (n:Partner) ON (n.type)
