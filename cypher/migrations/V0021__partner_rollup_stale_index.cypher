CREATE INDEX partner_rollup_stale IF NOT EXISTS FOR (n:PartnerRollup) ON (n.stale)
