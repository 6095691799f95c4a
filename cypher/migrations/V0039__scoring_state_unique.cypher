CREATE CONSTRAINT scoring_state_key_unique IF NOT EXISTS FOR (s:ScoringState) REQUIRE s.key IS UNIQUE
