// Test support: forgets every stored score, as a fresh import leaves new partners.
MATCH (p:Partner)
REMOVE p.ippScore, p.ippProbability, p.ippPercentile, p.ippModelVersion, p.ippScoredAt
