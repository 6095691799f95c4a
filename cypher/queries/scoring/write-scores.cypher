// Stores the Ideal Partner Profile scores on the partner and prospect nodes, with the model version
// that computed them, so lists can be filtered and ordered by score.
// $scores: [{id, probability, score, percentile}], $modelVersion, $scoredAt (datetime)
UNWIND $scores AS s
MATCH (p:Partner {id: s.id})
SET p.ippProbability = s.probability,
    p.ippScore = s.score,
    p.ippPercentile = s.percentile,
    p.ippModelVersion = $modelVersion,
    p.ippScoredAt = $scoredAt
