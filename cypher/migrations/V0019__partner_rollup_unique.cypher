CREATE CONSTRAINT partner_rollup_unique IF NOT EXISTS FOR (n:PartnerRollup) REQUIRE n.partnerId IS UNIQUE
