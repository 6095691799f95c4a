UNWIND $ids AS id
MATCH (c:Customer {id: id})-[r:REFERRED]->(target)
RETURN id, c AS referrer, target AS referred, r.referredOn AS referredOn
ORDER BY r.referredOn, target.id
