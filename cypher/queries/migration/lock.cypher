// Serialises the instances that migrate one database at the same time: the first takes the write
// lock of this node (version 0 of the history, kept unique by the migration_version constraint) in
// a transaction it holds open while it migrates; the others wait here, then find nothing to apply.
MERGE (l:__Migration {version: 0})
SET l.description = 'lock held by the instance that migrates', l.lockedAt = datetime()
