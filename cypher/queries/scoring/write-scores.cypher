// Stores the Ideal Partner Profile scores on the partner and prospect nodes, with the model version
// that computed them (and which of its models, how far the score can be trusted and why), so lists
// can be filtered and ordered by score and every instance serves the same scores.
// $scores: [{id, probability, score, percentile, scoredBy, confidence, note}], $modelVersion, $scoredAt (datetime)
UNWIND $scores AS s
MATCH (p:Partner {id: s.id})
SET p.ippProbability = s.probability,
    p.ippScore = s.score,
    p.ippPercentile = s.percentile,
    p.ippScoredBy = s.scoredBy,
    p.ippConfidence = s.confidence,
    p.ippConfidenceNote = s.note,
    p.ippModelVersion = $modelVersion,
    p.ippScoredAt = $scoredAt
