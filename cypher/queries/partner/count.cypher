MATCH (p:Partner)
RETURN count(p) AS count
