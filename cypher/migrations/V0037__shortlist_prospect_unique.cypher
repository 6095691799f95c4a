CREATE CONSTRAINT shortlist_prospect_unique IF NOT EXISTS FOR (s:ShortlistEntry) REQUIRE s.prospectId IS UNIQUE
