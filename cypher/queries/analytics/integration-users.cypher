// Per integration (ids given): its name, depth and builder, and its users as of the as-of date
// (USES.since, when known): how many, how many churned, their NPS sum and count. The integration
// pairs analysis subtracts the joint users to get each integration's users "without the other".
WITH $asOf AS asOf
UNWIND $ids AS id
MATCH (i:Integration {id: id})
OPTIONAL MATCH (i)-[:BUILT_BY]->(p:Partner)
CALL (i, asOf) {
  OPTIONAL MATCH (c:Customer)-[u:USES]->(i)
  WHERE u.since IS NULL OR u.since <= asOf
  RETURN count(c) AS users, count(CASE WHEN c.churned THEN 1 END) AS churned,
    coalesce(sum(c.nps), 0) AS npsSum, count(c.nps) AS npsCount
}
RETURN i.id AS id, i.name AS name, i.depth AS depth, p.id AS partnerId, p.name AS partnerName, p.type AS partnerType,
  users, churned, npsSum, npsCount
