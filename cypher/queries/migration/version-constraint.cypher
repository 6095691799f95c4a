// The migration runner's own bookkeeping: one __Migration node per applied version.
CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:__Migration) REQUIRE m.version IS UNIQUE
