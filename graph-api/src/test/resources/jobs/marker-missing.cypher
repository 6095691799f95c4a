// Test support: true while the marker of set-marker.cypher does not exist.
RETURN NOT EXISTS { MATCH (:TestJobMarker {name: $name}) } AS missing
