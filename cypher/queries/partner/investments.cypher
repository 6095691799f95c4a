UNWIND $ids AS id
MATCH (p:Partner {id: id})<-[:IN]-(v:Investment)
RETURN id, v
ORDER BY v.spentOn DESC, v.id
