// Who referred each partner (partners or customers).
UNWIND $ids AS id
MATCH (p:Partner {id: id})<-[r:REFERRED]-(source)
RETURN id, source AS referrer, p AS referred, r.referredOn AS referredOn
ORDER BY r.referredOn, source.id
