// Test support: two partners and a prospect, one customer, no referral at all.
CREATE (:Ecosystem {key: 'default', snapshotDate: date('2026-09-30')})
CREATE (a:Partner {id: 'A', name: 'Alpha', type: 'reseller', status: 'active', region: 'emea', industries: ['retail'], certifiedStaff: 3})
CREATE (b:Partner {id: 'B', name: 'Beta', type: 'technology', status: 'active'})
CREATE (:Partner {id: 'Q', name: 'Quest', type: 'services', status: 'prospect', region: 'emea'})
CREATE (c:Customer {id: 'C', name: 'Cust', industry: 'retail', region: 'emea', segment: 'enterprise'})
CREATE (a)-[:SERVES]->(c)
