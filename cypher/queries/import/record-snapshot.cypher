// The snapshot date that "trailing 12 months" counts back from: the newest date in all imports,
// or the date an import names explicitly.
MERGE (e:Ecosystem {key: 'default'})
SET e.snapshotDate = CASE
  WHEN $explicit OR e.snapshotDate IS NULL OR e.snapshotDate < $snapshotDate THEN $snapshotDate
  ELSE e.snapshotDate
END
