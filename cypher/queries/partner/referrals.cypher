// Whom each partner referred (partners, prospects or customers).
UNWIND $ids AS id
MATCH (p:Partner {id: id})-[r:REFERRED]->(target)
RETURN id, p AS referrer, target AS referred, r.referredOn AS referredOn
ORDER BY r.referredOn, target.id
