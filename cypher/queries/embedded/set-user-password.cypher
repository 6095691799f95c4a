// The embedded database's user for people (Neo4j Browser, cypher-shell) gets the password generated
// into the data directory on first start (run on the system database).
ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED
