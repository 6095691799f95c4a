UNWIND $ids AS id
MATCH (c:Customer {id: id})<-[r:REFERRED]-(source)
RETURN id, source AS referrer, c AS referred, r.referredOn AS referredOn
ORDER BY r.referredOn, source.id
