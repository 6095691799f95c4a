// Test support: a marker node standing for "the job's work is done".
MERGE (m:TestJobMarker {name: $name})
