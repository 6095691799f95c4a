// Marginal reach of one prospect (docs/analytics.md#7): what it would add that the signed partners do not
// already cover. Covering partners: status 'active', signed on or before the as-of date, matching the
// partner filter. Per customer the prospect SERVES: whether a covering partner serves it too; per
// industry x region cell, industry and region of those customers (and of the prospect's own declared
// industries and region): whether any covering partner serves a customer there (index-backed lookups on
// Customer.industry, customers first with the partner check per customer, so a covered cell stops at its
// first served customer and no scan of every partner's accounts happens).
WITH $asOf AS asOf
MATCH (q:Partner {id: $id})
CALL (q, asOf) {
  OPTIONAL MATCH (q)-[:SERVES]->(c:Customer)
  WITH c, EXISTS { (a:Partner)-[:SERVES]->(c)
                   WHERE a.status = 'active' AND a.signedOn <= asOf AND ($types IS NULL OR a.type IN $types)
                     AND ($regions IS NULL OR a.region IN $regions) AND ($tiers IS NULL OR a.tier IN $tiers) } AS covered
  ORDER BY coalesce(c.arr, 0.0) DESC, c.id
  RETURN count(c) AS served,
    collect(CASE WHEN c IS NOT NULL AND NOT covered THEN {id: c.id, name: c.name, industry: c.industry, region: c.region,
                                                         segment: c.segment, arr: c.arr} END) AS newCustomers,
    collect(CASE WHEN c.industry IS NOT NULL AND c.region IS NOT NULL THEN {industry: c.industry, region: c.region} END) AS cells
}
WITH q, asOf, served, newCustomers, cells,
  [x IN cells | x.industry] + coalesce(q.industries, []) AS industries,
  [x IN cells | x.region] + CASE WHEN q.region IS NULL THEN [] ELSE [q.region] END AS regions
CALL (cells, asOf) {
  UNWIND cells AS cell
  WITH cell.industry AS industry, cell.region AS region, count(*) AS customers
  WHERE NOT EXISTS { MATCH (c:Customer {industry: industry})
                     WHERE c.region = region
                       AND EXISTS { (a:Partner)-[:SERVES]->(c)
                                    WHERE a.status = 'active' AND a.signedOn <= asOf AND ($types IS NULL OR a.type IN $types)
                                      AND ($regions IS NULL OR a.region IN $regions) AND ($tiers IS NULL OR a.tier IN $tiers) } }
  WITH industry, region, customers
  ORDER BY customers DESC, industry, region
  RETURN collect({industry: industry, region: region, customers: customers}) AS newCells
}
CALL (industries, asOf) {
  UNWIND industries AS industry
  WITH DISTINCT industry
  WHERE NOT EXISTS { MATCH (c:Customer {industry: industry})
                     WHERE EXISTS { (a:Partner)-[:SERVES]->(c)
                                    WHERE a.status = 'active' AND a.signedOn <= asOf AND ($types IS NULL OR a.type IN $types)
                                      AND ($regions IS NULL OR a.region IN $regions) AND ($tiers IS NULL OR a.tier IN $tiers) } }
  WITH industry ORDER BY industry
  RETURN collect(industry) AS newIndustries
}
CALL (regions, asOf) {
  UNWIND regions AS region
  WITH DISTINCT region
  WHERE NOT EXISTS { MATCH (c:Customer)
                     WHERE c.region = region
                       AND EXISTS { (a:Partner)-[:SERVES]->(c)
                                    WHERE a.status = 'active' AND a.signedOn <= asOf AND ($types IS NULL OR a.type IN $types)
                                      AND ($regions IS NULL OR a.region IN $regions) AND ($tiers IS NULL OR a.tier IN $tiers) } }
  WITH region ORDER BY region
  RETURN collect(region) AS newRegions
}
RETURN q.id AS id, q.name AS name, asOf, served, size(newCustomers) AS newCustomerCount,
  reduce(s = 0.0, x IN newCustomers | s + coalesce(x.arr, 0.0)) AS newCustomerArr,
  newCustomers[0..$first] AS newCustomers, newCells, newIndustries, newRegions
