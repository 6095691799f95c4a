CREATE INDEX partner_status IF NOT EXISTS FOR (n:Partner) ON (n.status)
