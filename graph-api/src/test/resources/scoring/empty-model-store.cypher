// Test support: empties the model store in the database (every stored version and the scoring state).
MATCH (n)
WHERE n:IppModelVersion OR n:ScoringState
DETACH DELETE n
