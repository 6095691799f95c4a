// How many model versions are stored.
MATCH (m:IppModelVersion)
RETURN count(m) AS versions
