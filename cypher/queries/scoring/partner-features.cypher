// The Ideal Partner Profile features of every partner and prospect: ONLY what is known for a
// prospect too. Nothing here reads Deal or Investment nodes (a test removes them all and checks the
// features do not change), so no outcome can leak into the features.
//
// $graphName: a name for the temporary GDS projection of the referral network (unique per call;
//             the projection is dropped before the rows are returned).
//
// "Where we win" is read from our customer base, not from deals: the share of our active
// (not churned) customers per industry and per region, and the strongest industries and regions
// by that share.
CALL () {
  MATCH (c:Customer)
  WHERE NOT coalesce(c.churned, false) AND c.industry IS NOT NULL
  WITH c.industry AS key, count(*) AS n
  ORDER BY n DESC, key
  WITH collect({key: key, n: n}) AS rows, sum(n) AS total
  RETURN [r IN rows | {key: r.key, share: toFloat(r.n) / total}] AS industryShares,
         [r IN rows[0..3] | r.key] AS topIndustries
}
CALL () {
  MATCH (c:Customer)
  WHERE NOT coalesce(c.churned, false) AND c.region IS NOT NULL
  WITH c.region AS key, count(*) AS n
  ORDER BY n DESC, key
  WITH collect({key: key, n: n}) AS rows, sum(n) AS total
  RETURN [r IN rows | {key: r.key, share: toFloat(r.n) / total}] AS regionShares,
         [r IN rows[0..2] | r.key] AS topRegions
}
// Centrality in the referral network (partners, prospects and customers that refer each other):
// PageRank along REFERRED, so a company referred by well-referred companies ranks high. Every
// partner is projected, also one with no referral at all (it gets the base rank).
CALL () {
  CALL () {
    MATCH (s:Partner)
    OPTIONAL MATCH (s)-[:REFERRED]->(t)
    WHERE t:Partner OR t:Customer
    RETURN s, t
    UNION
    MATCH (s:Customer)-[:REFERRED]->(t)
    WHERE t:Partner OR t:Customer
    RETURN s, t
  }
  WITH gds.graph.project($graphName, s, t) AS projection
  // No partner at all: nothing was projected and the statement returns no rows.
  WHERE projection IS NOT NULL
  CALL gds.pageRank.stream(projection.graphName, {concurrency: 1, maxIterations: 50, tolerance: 1.0E-9})
  YIELD nodeId, score
  WITH projection, gds.util.asNode(nodeId) AS node, score
  WHERE node:Partner
  WITH projection, collect({node: node, pageRank: score}) AS ranked
  CALL gds.graph.drop(projection.graphName, false) YIELD graphName
  RETURN ranked
}
UNWIND ranked AS r
WITH r.node AS p, round(r.pageRank, 9) AS pageRank,
     industryShares, topIndustries, regionShares, topRegions
CALL (p) {
  OPTIONAL MATCH (i:Integration)-[:BUILT_BY]->(p)
  RETURN count(i) AS integrations, coalesce(max(i.depth), 0) AS maxIntegrationDepth
}
CALL (p) {
  OPTIONAL MATCH (c:Customer)-[:USES]->(:Integration)-[:BUILT_BY]->(p)
  RETURN count(DISTINCT c) AS integrationCustomers
}
CALL (p) {
  OPTIONAL MATCH (p)-[:SERVES]->(c:Customer)
  RETURN count(c) AS servedCustomers,
         count(CASE WHEN c.segment = 'enterprise' THEN 1 END) AS servedEnterprise,
         count(CASE WHEN c.segment = 'mid_market' THEN 1 END) AS servedMidMarket,
         count(CASE WHEN c.segment = 'smb' THEN 1 END) AS servedSmb
}
// Who referred it: a partner referrer before a customer one, the higher assigned tier first. How
// the referrer performs is read from its assigned tier and its own referrals, not from its deals:
// its revenue would include deals it co-sold with this very partner.
CALL (p) {
  OPTIONAL MATCH (r)-[:REFERRED]->(p)
  WHERE r:Partner OR r:Customer
  WITH r,
       CASE WHEN r:Partner THEN 1 ELSE 0 END AS isPartner,
       CASE r.tier WHEN 'platinum' THEN 4 WHEN 'gold' THEN 3 WHEN 'silver' THEN 2 WHEN 'registered' THEN 1 ELSE 0 END AS tierRank
  ORDER BY isPartner DESC, tierRank DESC, r.id
  WITH collect(CASE WHEN r IS NULL THEN NULL ELSE {
         id: r.id, name: r.name, kind: CASE isPartner WHEN 1 THEN 'partner' ELSE 'customer' END,
         status: r.status, tier: r.tier, tierRank: tierRank,
         referrals: COUNT { (r)-[:REFERRED]->(x) WHERE x:Partner OR x:Customer }
       } END) AS referrers
  RETURN referrers[0] AS referrer,
         size([x IN referrers WHERE x.kind = 'partner']) AS partnerReferrers,
         size([x IN referrers WHERE x.kind = 'customer']) AS customerReferrers
}
WITH p, pageRank, industryShares, topIndustries, regionShares, topRegions, integrations,
     maxIntegrationDepth, integrationCustomers, servedCustomers, servedEnterprise, servedMidMarket,
     servedSmb, referrer, partnerReferrers, customerReferrers,
     coalesce(p.industries, []) AS industries
RETURN p.id AS id,
       p.name AS name,
       p.status AS status,
       p.type AS type,
       p.region AS region,
       industries,
       p.employees AS employees,
       p.certifiedStaff AS certifiedStaff,
       p.portalLogins90d AS portalLogins90d,
       p.trainingsCompleted AS trainingsCompleted,
       p.contentDownloads90d AS contentDownloads90d,
       integrations,
       maxIntegrationDepth,
       integrationCustomers,
       servedCustomers,
       servedEnterprise,
       servedMidMarket,
       servedSmb,
       CASE WHEN size(industries) = 0 THEN 0.0 ELSE
         reduce(s = 0.0, ind IN industries |
           s + coalesce(head([x IN industryShares WHERE x.key = ind | x.share]), 0.0)) / size(industries)
       END AS industryShare,
       CASE WHEN size(industries) = 0 THEN 0.0 ELSE
         toFloat(size([ind IN industries WHERE ind IN topIndustries])) / size(industries)
       END AS strongIndustryShare,
       [ind IN industries WHERE ind IN topIndustries] AS strongIndustries,
       coalesce(head([x IN regionShares WHERE x.key = p.region | x.share]), 0.0) AS regionShare,
       p.region IS NOT NULL AND p.region IN topRegions AS strongRegion,
       pageRank,
       COUNT { (p)-[:REFERRED]->(x) WHERE x:Partner OR x:Customer } AS referralsMade,
       // Before it signed (a prospect: all of them); an undated referral of a signed partner is not counted.
       COUNT { (p)-[ref:REFERRED]->(x) WHERE (x:Partner OR x:Customer)
               AND (p.signedOn IS NULL OR ref.referredOn < p.signedOn) } AS referralsMadeBeforeSigning,
       partnerReferrers,
       customerReferrers,
       referrer.id AS referrerId,
       referrer.name AS referrerName,
       referrer.kind AS referrerKind,
       referrer.status AS referrerStatus,
       coalesce(referrer.tierRank, 0) AS referrerTierRank,
       coalesce(referrer.referrals, 0) AS referrerReferrals
ORDER BY id
