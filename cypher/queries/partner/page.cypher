// One page of partners (prospects included) in id order, strictly after the cursor's id.
MATCH (p:Partner)
WHERE $after IS NULL OR p.id > $after
RETURN p
ORDER BY p.id
LIMIT $limit
