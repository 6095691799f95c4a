CREATE CONSTRAINT saved_view_owner_name_unique IF NOT EXISTS FOR (v:SavedView) REQUIRE (v.owner, v.name) IS UNIQUE
