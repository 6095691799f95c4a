CREATE INDEX partner_tier IF NOT EXISTS FOR (n:Partner) ON (n.tier)
