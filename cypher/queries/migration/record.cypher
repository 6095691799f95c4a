MERGE (m:__Migration {version: $version})
SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
